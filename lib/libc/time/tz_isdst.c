/*
 * tz_isdst.c: is daylight-saving time in effect at a given instant under
 * a zone's POSIX rule?  Entry point: __tz_isdst().
 */
#include "time_impl.h"

/* Local time (seconds since the Epoch, zone offset not applied) of rule r
 * in the given year. */
static int64_t
ruletime(const struct __tzrule *r, int64_t year)
{
	int64_t d1, days;
	int wday1, off, len;

	d1 = __days_from_civil(year, 1, 1);
	switch (r->kind) {
	case 'J': /* 1-365, February 29 never counted */
		days = d1 + r->day - 1;
		if (__time_isleap(year) && r->day >= 60)
			days++;
		break;
	case 'D': /* 0-365, February 29 counted */
		days = d1 + r->day;
		break;
	default: /* day d of week w (5: the last) of month m */
		d1 = __days_from_civil(year, r->month, 1);
		wday1 = (int)(((d1 + 4) % 7 + 7) % 7);
		off = (r->day - wday1 + 7) % 7 + (r->week - 1) * 7;
		len = __days_in_month(year, r->month);
		while (off >= len)
			off -= 7;
		days = d1 + off;
		break;
	}
	return days * SECSPERDAY + r->secs;
}

int
__tz_isdst(const struct __state *z, int64_t t)
{
	const struct __tzstate *r = &z->rule;
	struct tm tm;
	int64_t year, start, end;

	if (!r->hasdst)
		return 0;
	if (__secs_to_tm(t, r->stdoff, &tm) == NULL)
		return 0;
	year = (int64_t)tm.tm_year + TM_YEAR_BASE;
	start = ruletime(&r->start, year) - r->stdoff;
	end = ruletime(&r->end, year) - r->dstoff;
	if (start < end)
		return t >= start && t < end;
	return !(t >= end && t < start); /* southern hemisphere */
}
