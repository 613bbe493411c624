/*
 * t_gmtime: gmtime/gmtime_r/localtime/asctime/ctime/difftime/timegm,
 * checked against fixed dates and against an independent calendar walk
 * (one day at a time from 1600 to 2400 and backwards from 1970).
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <atf-c.h>

#include "h_tc.h"

static void
check_tm(
    time_t t, int y, int mon, int d, int h, int mi, int s, int wday, int yday)
{
	struct tm tm;

	ATF_REQUIRE_MSG(
	    gmtime_r(&t, &tm) != NULL, "gmtime_r(%lld) failed", (long long)t);
	ATF_CHECK_EQ_MSG(tm.tm_year, y - 1900, "t=%lld year %d", (long long)t,
	    tm.tm_year + 1900);
	ATF_CHECK_EQ_MSG(
	    tm.tm_mon, mon - 1, "t=%lld mon %d", (long long)t, tm.tm_mon);
	ATF_CHECK_EQ_MSG(
	    tm.tm_mday, d, "t=%lld mday %d", (long long)t, tm.tm_mday);
	ATF_CHECK_EQ(tm.tm_hour, h);
	ATF_CHECK_EQ(tm.tm_min, mi);
	ATF_CHECK_EQ(tm.tm_sec, s);
	ATF_CHECK_EQ_MSG(
	    tm.tm_wday, wday, "t=%lld wday %d", (long long)t, tm.tm_wday);
	ATF_CHECK_EQ_MSG(
	    tm.tm_yday, yday, "t=%lld yday %d", (long long)t, tm.tm_yday);
	ATF_CHECK_EQ(tm.tm_isdst, 0);
	ATF_CHECK_EQ(tm.tm_gmtoff, 0);
}

TC(epoch, "time 0 is Thursday 1970-01-01 00:00:00")
{
	check_tm(0, 1970, 1, 1, 0, 0, 0, 4, 0);
}

TC(minus_one, "time -1 is Wednesday 1969-12-31 23:59:59")
{
	check_tm(-1, 1969, 12, 31, 23, 59, 59, 3, 364);
}

TC(leap_days, "leap days of 2000, 2004 and 1972; not 1900 or 2100")
{
	check_tm(951782400, 2000, 2, 29, 0, 0, 0, 2, 59);
	check_tm(1078012800, 2004, 2, 29, 0, 0, 0, 0, 59);
	check_tm(68169600, 1972, 2, 29, 0, 0, 0, 2, 59);
	check_tm(-2203891200, 1900, 3, 1, 0, 0, 0, 4, 59);
	check_tm(4107542400, 2100, 3, 1, 0, 0, 0, 1, 59);
	check_tm(978220800, 2000, 12, 31, 0, 0, 0, 0, 365);
}

TC(y2038, "the 32-bit limit and beyond")
{
	check_tm(2147483647, 2038, 1, 19, 3, 14, 7, 2, 18);
	check_tm(2147483648LL, 2038, 1, 19, 3, 14, 8, 2, 18);
	check_tm(-2147483648LL, 1901, 12, 13, 20, 45, 52, 5, 346);
	check_tm(253402300799LL, 9999, 12, 31, 23, 59, 59, 5, 364);
}

TC(far_past, "year 1, year 0 and negative years (proleptic Gregorian)")
{
	check_tm(-62135596800LL, 1, 1, 1, 0, 0, 0, 1, 0);
	check_tm(-62135596801LL, 0, 12, 31, 23, 59, 59, 0, 365);
	check_tm(-62167219200LL, 0, 1, 1, 0, 0, 0, 6, 0);
	check_tm(-62198755200LL, -1, 1, 1, 0, 0, 0, 5, 0);
}

static int
isleap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
mdays(long y, int m)
{
	static const int len[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
		31 };

	return m == 2 && isleap(y) ? 29 : len[m - 1];
}

TC(calendar_walk_forward,
    "every day from 1970 to 2400 matches a day-by-day calendar walk")
{
	long y = 1970;
	int m = 1, d = 1, wday = 4, yday = 0, bad = 0;
	struct tm tm;

	for (int64_t day = 0; y < 2400; day++) {
		time_t t = (time_t)(day * 86400 + (day % 86400));

		if (gmtime_r(&t, &tm) == NULL || tm.tm_year + 1900 != y ||
		    tm.tm_mon + 1 != m || tm.tm_mday != d ||
		    tm.tm_wday != wday || tm.tm_yday != yday ||
		    tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec !=
			day % 86400) {
			if (bad++ < 5)
				atf_tc_fail_nonfatal("day %lld: got %d-%d-%d "
						     "want %ld-%d-%d",
				    (long long)day, tm.tm_year + 1900,
				    tm.tm_mon + 1, tm.tm_mday, y, m, d);
		}
		wday = (wday + 1) % 7;
		yday++;
		if (++d > mdays(y, m)) {
			d = 1;
			if (++m > 12) {
				m = 1;
				y++;
				yday = 0;
			}
		}
	}
	ATF_CHECK_EQ(bad, 0);
}

TC(calendar_walk_backward,
    "every day from 1969 back to 1600 matches a backwards calendar walk")
{
	long y = 1969;
	int m = 12, d = 31, wday = 3, bad = 0;
	struct tm tm;

	for (int64_t day = -1; y >= 1600; day--) {
		time_t t = (time_t)(day * 86400 + 43200);

		if (gmtime_r(&t, &tm) == NULL || tm.tm_year + 1900 != y ||
		    tm.tm_mon + 1 != m || tm.tm_mday != d ||
		    tm.tm_wday != wday || tm.tm_hour != 12) {
			if (bad++ < 5)
				atf_tc_fail_nonfatal("day %lld: got %d-%d-%d "
						     "want %ld-%d-%d",
				    (long long)day, tm.tm_year + 1900,
				    tm.tm_mon + 1, tm.tm_mday, y, m, d);
		}
		wday = (wday + 6) % 7;
		if (--d == 0) {
			if (--m == 0) {
				m = 12;
				y--;
			}
			d = mdays(y, m);
		}
	}
	ATF_CHECK_EQ(bad, 0);
}

TC(overflow, "a year that does not fit in tm_year is EOVERFLOW")
{
	struct tm tm;
	time_t t;

	t = INT64_MAX;
	errno = 0;
	ATF_CHECK(gmtime_r(&t, &tm) == NULL);
	ATF_CHECK_EQ(errno, EOVERFLOW);
	t = INT64_MIN;
	errno = 0;
	ATF_CHECK(gmtime(&t) == NULL);
	ATF_CHECK_EQ(errno, EOVERFLOW);
	errno = 0;
	ATF_CHECK(localtime(&t) == NULL);
	ATF_CHECK_EQ(errno, EOVERFLOW);
}

TC(largest_year, "the last second of year INT_MAX+1900 works, one more fails")
{
	struct tm tm;
	time_t t;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = INT_MAX;
	tm.tm_mon = 11;
	tm.tm_mday = 31;
	tm.tm_hour = 23;
	tm.tm_min = 59;
	tm.tm_sec = 59;
	t = timegm(&tm);
	ATF_REQUIRE(t != (time_t)-1);
	ATF_REQUIRE(gmtime_r(&t, &tm) != NULL);
	ATF_CHECK_EQ(tm.tm_year, INT_MAX);
	ATF_CHECK_EQ(tm.tm_mon, 11);
	ATF_CHECK_EQ(tm.tm_sec, 59);
	t++;
	errno = 0;
	ATF_CHECK(gmtime_r(&t, &tm) == NULL);
	ATF_CHECK_EQ(errno, EOVERFLOW);
}

TC(null_args, "NULL pointers are EFAULT, not a crash")
{
	struct tm tm;
	time_t t = 0;

	errno = 0;
	ATF_CHECK(gmtime_r(NULL, &tm) == NULL);
	ATF_CHECK_EQ(errno, EFAULT);
	errno = 0;
	ATF_CHECK(gmtime_r(&t, NULL) == NULL);
	ATF_CHECK_EQ(errno, EFAULT);
	errno = 0;
	ATF_CHECK(localtime_r(NULL, &tm) == NULL);
	ATF_CHECK_EQ(errno, EFAULT);
}

TC(static_storage, "gmtime and localtime return their static struct")
{
	time_t a = 0, b = 86400 * 365;
	struct tm *p = gmtime(&a), *q = gmtime(&b);

	ATF_REQUIRE(p != NULL);
	ATF_CHECK(p == q);
	ATF_CHECK_EQ(p->tm_year, 71);
	ATF_CHECK_STREQ(p->tm_zone, "UTC");
	ATF_CHECK(localtime(&a) == localtime(&b));
}

TC(timegm_inverse, "timegm(gmtime(t)) == t for many t, negative included")
{
	uint64_t x = 88172645463325252ULL;
	struct tm tm;

	for (int i = 0; i < 20000; i++) {
		time_t t;

		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		t = (time_t)(x % 400000000000ULL) - 200000000000LL;
		ATF_REQUIRE(gmtime_r(&t, &tm) != NULL);
		ATF_REQUIRE_EQ_MSG(timegm(&tm), t, "t=%lld", (long long)t);
	}
}

TC(localtime_utc, "with TZ unset, UTC or UTC0 local time is UTC")
{
	const char *zones[] = { NULL, "UTC", "UTC0", "GMT0", "" };
	struct tm tm;
	time_t t = 1234567890;

	for (size_t i = 0; i < sizeof(zones) / sizeof(zones[0]); i++) {
		if (zones[i] == NULL)
			unsetenv("TZ");
		else
			setenv("TZ", zones[i], 1);
		tzset();
		ATF_REQUIRE(localtime_r(&t, &tm) != NULL);
		ATF_CHECK_EQ(tm.tm_hour, 23);
		ATF_CHECK_EQ(tm.tm_min, 31);
		ATF_CHECK_EQ(tm.tm_gmtoff, 0);
		ATF_CHECK_EQ(tm.tm_isdst, 0);
		ATF_CHECK_EQ(timezone, 0);
	}
}

static void
local(const char *tz, time_t t, int hour, long off, int isdst, const char *zone)
{
	struct tm tm;

	setenv("TZ", tz, 1);
	tzset();
	ATF_REQUIRE(localtime_r(&t, &tm) != NULL);
	ATF_CHECK_EQ_MSG(
	    tm.tm_hour, hour, "%s %lld: hour %d", tz, (long long)t, tm.tm_hour);
	ATF_CHECK_EQ_MSG(tm.tm_gmtoff, off, "%s %lld: gmtoff %ld", tz,
	    (long long)t, tm.tm_gmtoff);
	ATF_CHECK_EQ(tm.tm_isdst, isdst);
	ATF_CHECK_STREQ(tm.tm_zone, zone);
}

TC(localtime_us_rule, "EST5EDT,M3.2.0,M11.1.0 around both transitions")
{
	const char *tz = "EST5EDT,M3.2.0,M11.1.0";

	/* 2021-03-14 07:00 UTC is 02:00 EST -> 03:00 EDT */
	local(tz, 1615705199, 1, -18000, 0, "EST");
	local(tz, 1615705200, 3, -14400, 1, "EDT");
	/* 2021-11-07 06:00 UTC is 02:00 EDT -> 01:00 EST */
	local(tz, 1636264799, 1, -14400, 1, "EDT");
	local(tz, 1636264800, 1, -18000, 0, "EST");
	local(tz, 1625140800, 8, -14400, 1, "EDT"); /* July 1st 12:00 UTC */
	ATF_CHECK_STREQ(tzname[0], "EST");
	ATF_CHECK_STREQ(tzname[1], "EDT");
	ATF_CHECK_EQ(timezone, 18000);
	ATF_CHECK_EQ(daylight, 1);
}

TC(localtime_south, "a southern-hemisphere rule (DST across new year)")
{
	const char *tz = "AEST-10AEDT,M10.1.0,M4.1.0/3";

	local(tz, 1609459200, 11, 39600, 1, "AEDT"); /* 2021-01-01 */
	local(tz, 1625097600, 10, 36000, 0, "AEST"); /* 2021-07-01 */
}

TC(localtime_offsets, "fixed offsets: <+0530>-5:30, quoted names, hh:mm:ss")
{
	local("<+0530>-5:30", 0, 5, 19800, 0, "+0530");
	local("ABC+3", 0, 21, -10800, 0, "ABC");
	local("XYZ-1:30:15", 0, 1, 5415, 0, "XYZ");
}

TC(localtime_julian, "Jn and zero-based n rules, with /time")
{
	/* DST from J60 (March 1st) 01:00 to day 300 04:00 */
	local("XXX3YYY,J60/1,300/4", 1583038800, 3, -7200, 1, "YYY");
	local("XXX3YYY,J60/1,300/4", 1582956000, 3, -10800, 0, "XXX");
}

TC(localtime_bad_tz, "an unparsable TZ means UTC")
{
	local("?!", 3600, 1, 0, 0, "UTC");
	local("AB5", 3600, 1, 0, 0, "UTC");
	local("EST5EDT,M13.1.0,M11.1.0", 3600, 1, 0, 0, "UTC");
}

TC(asctime_format, "asctime/asctime_r/ctime_r: the fixed 26-byte format")
{
	char buf[64];
	struct tm tm;
	time_t t = 116998992; /* Sun Sep 16 03:43:12 1973 */

	setenv("TZ", "UTC", 1);
	tzset();
	ATF_REQUIRE(gmtime_r(&t, &tm) != NULL);
	ATF_CHECK_STREQ(asctime_r(&tm, buf), "Sun Sep 16 03:43:12 1973\n");
	ATF_CHECK_STREQ(asctime(&tm), "Sun Sep 16 03:43:12 1973\n");
	t = 0;
	ATF_CHECK_STREQ(ctime_r(&t, buf), "Thu Jan  1 00:00:00 1970\n");
	ATF_CHECK_STREQ(ctime(&t), "Thu Jan  1 00:00:00 1970\n");
}

TC(asctime_errors, "asctime_r: EOVERFLOW for year 10000, EINVAL for bad fields")
{
	char buf[64];
	struct tm tm;
	time_t t = 0;

	ATF_REQUIRE(gmtime_r(&t, &tm) != NULL);
	tm.tm_year = 10000 - 1900;
	errno = 0;
	ATF_CHECK(asctime_r(&tm, buf) == NULL);
	ATF_CHECK_EQ(errno, EOVERFLOW);
	tm.tm_year = 70;
	tm.tm_wday = 7;
	errno = 0;
	ATF_CHECK(asctime_r(&tm, buf) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	tm.tm_wday = 0;
	tm.tm_mon = -1;
	errno = 0;
	ATF_CHECK(asctime_r(&tm, buf) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK(asctime_r(NULL, buf) == NULL);
	ATF_CHECK_EQ(errno, EFAULT);
}

TC(difftime_values, "difftime is exact and handles the extremes")
{
	ATF_CHECK(difftime(10, 3) == 7.0);
	ATF_CHECK(difftime(3, 10) == -7.0);
	ATF_CHECK(difftime(-5, -5) == 0.0);
	ATF_CHECK(difftime((time_t)1 << 53, 0) == 9007199254740992.0);
	ATF_CHECK(difftime(INT64_MAX, INT64_MIN) > 1.8e19);
	ATF_CHECK(difftime(INT64_MIN, INT64_MAX) < -1.8e19);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, epoch);
	ATF_TP_ADD_TC(tp, minus_one);
	ATF_TP_ADD_TC(tp, leap_days);
	ATF_TP_ADD_TC(tp, y2038);
	ATF_TP_ADD_TC(tp, far_past);
	ATF_TP_ADD_TC(tp, calendar_walk_forward);
	ATF_TP_ADD_TC(tp, calendar_walk_backward);
	ATF_TP_ADD_TC(tp, overflow);
	ATF_TP_ADD_TC(tp, largest_year);
	ATF_TP_ADD_TC(tp, null_args);
	ATF_TP_ADD_TC(tp, static_storage);
	ATF_TP_ADD_TC(tp, timegm_inverse);
	ATF_TP_ADD_TC(tp, localtime_utc);
	ATF_TP_ADD_TC(tp, localtime_us_rule);
	ATF_TP_ADD_TC(tp, localtime_south);
	ATF_TP_ADD_TC(tp, localtime_offsets);
	ATF_TP_ADD_TC(tp, localtime_julian);
	ATF_TP_ADD_TC(tp, localtime_bad_tz);
	ATF_TP_ADD_TC(tp, asctime_format);
	ATF_TP_ADD_TC(tp, asctime_errors);
	ATF_TP_ADD_TC(tp, difftime_values);
	return atf_no_error();
}
