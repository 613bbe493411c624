/*
 * tm_calendar.c: proleptic Gregorian calendar arithmetic for the time
 * functions.  Days are counted from 1970-01-01 (day 0); years are 64-bit
 * so that every time_t has a date; conversion to struct tm fails with
 * EOVERFLOW only when the year does not fit in tm_year.
 */
#include <errno.h>
#include <limits.h>

#include "time_impl.h"

const char *const __time_days[7] = { "Sunday", "Monday", "Tuesday", "Wednesday",
	"Thursday", "Friday", "Saturday" };
const char *const __time_months[12] = { "January", "February", "March", "April",
	"May", "June", "July", "August", "September", "October", "November",
	"December" };

int
__time_isleap(int64_t y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
__days_in_month(int64_t y, int m)
{
	static const unsigned char len[12] = { 31, 28, 31, 30, 31, 30, 31, 31,
		30, 31, 30, 31 };

	if (m == 2 && __time_isleap(y))
		return 29;
	return len[m - 1];
}

/* floor division for the 400-year eras */
static int64_t
floordiv(int64_t a, int64_t b)
{
	int64_t q = a / b;

	if ((a % b) != 0 && ((a < 0) != (b < 0)))
		q--;
	return q;
}

/*
 * Days since 1970-01-01 of year y, month m (1-12), day d.  Years are
 * shifted to start in March so that the leap day is the last day of the
 * shifted year; a 400-year era has exactly 146097 days.
 */
int64_t
__days_from_civil(int64_t y, int m, int d)
{
	int64_t era, yoe, doy, doe;

	if (m <= 2)
		y--;
	era = floordiv(y, 400);
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* The inverse of __days_from_civil. */
void
__civil_from_days(int64_t z, int64_t *yp, int *mp, int *dp)
{
	int64_t era, doe, yoe, doy, mp5;

	z += 719468;
	era = floordiv(z, 146097);
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp5 = (5 * doy + 2) / 153;
	*dp = (int)(doy - (153 * mp5 + 2) / 5 + 1);
	*mp = (int)(mp5 < 10 ? mp5 + 3 : mp5 - 9);
	*yp = yoe + era * 400 + (*mp <= 2);
}

/*
 * Break t + off (seconds east of UTC) down into *tm.  Sets every field but
 * tm_isdst/tm_zone; returns NULL with EOVERFLOW if the year is too big.
 */
struct tm *
__secs_to_tm(int64_t t, long off, struct tm *tm)
{
	int64_t days, rem, year;
	int mon, mday;

	if ((off > 0 && t > INT64_MAX - off) ||
	    (off < 0 && t < INT64_MIN - off)) {
		errno = EOVERFLOW;
		return NULL;
	}
	t += off;
	days = floordiv(t, SECSPERDAY);
	rem = t - days * SECSPERDAY;
	__civil_from_days(days, &year, &mon, &mday);
	if (year - TM_YEAR_BASE > INT_MAX || year - TM_YEAR_BASE < INT_MIN) {
		errno = EOVERFLOW;
		return NULL;
	}
	tm->tm_year = (int)(year - TM_YEAR_BASE);
	tm->tm_mon = mon - 1;
	tm->tm_mday = mday;
	tm->tm_yday = (int)(days - __days_from_civil(year, 1, 1));
	tm->tm_wday = (int)((days + 4) - floordiv(days + 4, 7) * 7);
	tm->tm_hour = (int)(rem / SECSPERHOUR);
	tm->tm_min = (int)(rem % SECSPERHOUR / SECSPERMIN);
	tm->tm_sec = (int)(rem % SECSPERMIN);
	tm->tm_gmtoff = off;
	return tm;
}

/*
 * Seconds since the Epoch of the broken-down UTC time *tm, with every
 * field allowed out of its range (they are normalised arithmetically).
 * Cannot overflow: int fields bound the result well inside int64_t.
 */
int64_t
__tm_to_secs(const struct tm *tm)
{
	int64_t year, mon, days;

	year = (int64_t)tm->tm_year + TM_YEAR_BASE;
	mon = tm->tm_mon;
	year += floordiv(mon, 12);
	mon -= floordiv(mon, 12) * 12;
	days = __days_from_civil(year, (int)mon + 1, 1) + tm->tm_mday - 1;
	return days * SECSPERDAY + (int64_t)tm->tm_hour * SECSPERHOUR +
	    (int64_t)tm->tm_min * SECSPERMIN + tm->tm_sec;
}

/*
 * ISO 8601 week number (1-53) of *tm; stores the ISO week-based year in
 * *yearp.  Week 1 is the week (Monday first) holding the year's first
 * Thursday.
 */
int
__iso_week(const struct tm *tm, int64_t *yearp)
{
	int64_t year = (int64_t)tm->tm_year + TM_YEAR_BASE;
	int wday = (tm->tm_wday + 6) % 7; /* Monday = 0 */
	int yday = tm->tm_yday;
	int jan1, week, len;

	week = (yday - wday + 10) / 7;
	if (week < 1) {
		year--;
		len = __time_isleap(year) ? 366 : 365;
		week = (yday + len - wday + 10) / 7;
	} else {
		len = __time_isleap(year) ? 366 : 365;
		jan1 = ((wday - yday) % 7 + 7) % 7; /* Monday = 0 */
		/* 53 weeks when Jan 1 is a Thursday, or a leap Wednesday */
		if (week == 53 && !(jan1 == 3 || (jan1 == 2 && len == 366))) {
			year++;
			week = 1;
		}
	}
	*yearp = year;
	return week;
}
