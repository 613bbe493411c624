/*
 * mktime.c: mktime() and __mktime_z(): local broken-down time (fields may be
 * out of range) to time_t.  *tm is normalised and
 * tm_wday/tm_yday/tm_isdst/tm_gmtoff/ tm_zone are set.  Returns -1 with
 * EOVERFLOW if the result's year does not fit in tm_year.
 *
 * The offsets in effect a day before and a day after the wall-clock time
 * are the candidates (zones change offset at most once a day).  A
 * candidate is consistent if the instant it gives really has that offset.
 * tm_isdst < 0: the consistent one, the earlier instant in a repeated
 * hour, and in a skipped hour the offset from before the change (02:30
 * becomes 03:30 when clocks go forward).  tm_isdst >= 0: a candidate of
 * that kind is preferred, else the zone's standard or daylight offset is
 * used as given.
 */
#include <errno.h>

#include "time_impl.h"

struct cand {
	long off;
	int isdst;
	int valid;
	int64_t t;
};

static void
candidate(const struct __state *z, struct cand *c, int64_t local, int64_t probe)
{
	long off;
	int isdst;
	char *zone;

	__tz_lookup(z, probe, &c->off, &c->isdst, &zone);
	c->t = local - c->off;
	__tz_lookup(z, c->t, &off, &isdst, &zone);
	c->valid = off == c->off;
}

static int64_t
choose(const struct __state *z, const struct tm *tm, int64_t local)
{
	struct cand a, b;

	candidate(z, &a, local, local - SECSPERDAY);
	candidate(z, &b, local, local + SECSPERDAY);
	if (tm->tm_isdst >= 0) {
		int want = tm->tm_isdst > 0;

		if (a.valid && a.isdst == want &&
		    (!b.valid || b.isdst != want || a.t <= b.t))
			return a.t;
		if (b.valid && b.isdst == want)
			return b.t;
		if (a.isdst == want)
			return a.t;
		if (b.isdst == want)
			return b.t;
		return local - (want ? z->rule.dstoff : z->rule.stdoff);
	}
	if (a.valid && b.valid)
		return a.t < b.t ? a.t : b.t;
	if (a.valid)
		return a.t;
	if (b.valid)
		return b.t;
	return a.t;
}

/* mktime in zone z (for mktime, mktime_z and strftime's %s). */
time_t
__mktime_z(const struct __state *z, struct tm *tm)
{
	struct tm r;
	time_t t;

	if (z == NULL || tm == NULL) {
		errno = EFAULT;
		return (time_t)-1;
	}
	t = choose(z, tm, __tm_to_secs(tm));
	if (__localsub(z, &t, &r) == NULL)
		return (time_t)-1;
	*tm = r;
	return t;
}

time_t
mktime(struct tm *tm)
{
	__tzset_unlocked();
	return __mktime_z(&__tzglobal, tm);
}
