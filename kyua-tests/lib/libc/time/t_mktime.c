/*
 * t_mktime: mktime/timegm/timelocal: normalisation of out-of-range
 * fields, tm_wday/tm_yday, EOVERFLOW, and daylight-saving decisions under
 * a POSIX TZ rule (gap and repeated hour).
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <atf-c.h>

#include "h_tc.h"

static struct tm
mk(int y, int mon, int d, int h, int mi, int s, int isdst)
{
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mon - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = s;
	tm.tm_isdst = isdst;
	tm.tm_wday = -99;
	tm.tm_yday = -99;
	return tm;
}

static void
utc(void)
{
	setenv("TZ", "UTC", 1);
	tzset();
}

static void
same(const struct tm *tm, int y, int mon, int d, int h, int mi, int s)
{
	ATF_CHECK_EQ(tm->tm_year, y - 1900);
	ATF_CHECK_EQ(tm->tm_mon, mon - 1);
	ATF_CHECK_EQ(tm->tm_mday, d);
	ATF_CHECK_EQ(tm->tm_hour, h);
	ATF_CHECK_EQ(tm->tm_min, mi);
	ATF_CHECK_EQ(tm->tm_sec, s);
}

TC(plain, "an in-range UTC date; wday and yday are filled in")
{
	struct tm tm = mk(2009, 2, 13, 23, 31, 30, 0);

	utc();
	ATF_CHECK_EQ(mktime(&tm), 1234567890);
	ATF_CHECK_EQ(tm.tm_wday, 5);
	ATF_CHECK_EQ(tm.tm_yday, 43);
	ATF_CHECK_EQ(tm.tm_isdst, 0);
}

TC(seconds_overflow, "tm_sec 86400 rolls into the next day")
{
	struct tm tm = mk(2020, 12, 31, 0, 0, 86400, 0);

	utc();
	ATF_CHECK_EQ(mktime(&tm), 1609459200);
	same(&tm, 2021, 1, 1, 0, 0, 0);
}

TC(negative_fields, "mday 0, negative hours and months borrow")
{
	struct tm tm = mk(2021, 3, 0, 0, 0, 0, 0);

	utc();
	mktime(&tm);
	same(&tm, 2021, 2, 28, 0, 0, 0);
	tm = mk(2020, 3, 1, -1, 0, 0, 0);
	mktime(&tm);
	same(&tm, 2020, 2, 29, 23, 0, 0);
	tm = mk(2020, 0, 15, 0, 0, 0, 0);
	mktime(&tm);
	same(&tm, 2019, 12, 15, 0, 0, 0);
	tm = mk(2020, -23, 1, 0, -1, -1, 0);
	mktime(&tm);
	same(&tm, 2017, 12, 31, 23, 58, 59);
}

TC(month_overflow, "month 13 and 25 move into later years")
{
	struct tm tm = mk(2020, 13, 1, 0, 0, 0, 0);

	utc();
	mktime(&tm);
	same(&tm, 2021, 1, 1, 0, 0, 0);
	tm = mk(2020, 25, 31, 0, 0, 0, 0);
	mktime(&tm);
	same(&tm, 2022, 1, 31, 0, 0, 0);
}

TC(feb_normalise, "February 29 and 30 in common and leap years")
{
	struct tm tm = mk(2019, 2, 29, 12, 0, 0, 0);

	utc();
	mktime(&tm);
	same(&tm, 2019, 3, 1, 12, 0, 0);
	tm = mk(2020, 2, 30, 12, 0, 0, 0);
	mktime(&tm);
	same(&tm, 2020, 3, 1, 12, 0, 0);
	tm = mk(1900, 2, 29, 0, 0, 0, 0);
	mktime(&tm);
	same(&tm, 1900, 3, 1, 0, 0, 0);
	tm = mk(2000, 2, 29, 0, 0, 0, 0);
	mktime(&tm);
	same(&tm, 2000, 2, 29, 0, 0, 0);
}

TC(large_mday, "mday 1000 and -1000")
{
	struct tm tm = mk(2000, 1, 1000, 0, 0, 0, 0);

	utc();
	mktime(&tm);
	same(&tm, 2002, 9, 26, 0, 0, 0);
	tm = mk(2000, 1, -1000, 0, 0, 0, 0);
	mktime(&tm);
	same(&tm, 1997, 4, 5, 0, 0, 0);
}

TC(overflow, "EOVERFLOW when the normalised year does not fit")
{
	struct tm tm = mk(1900, 13, 1, 0, 0, 0, 0);

	utc();
	tm.tm_year = INT_MAX;
	errno = 0;
	ATF_CHECK_EQ(mktime(&tm), (time_t)-1);
	ATF_CHECK_EQ(errno, EOVERFLOW);
	tm = mk(1900, 1, 1, 0, 0, 0, 0);
	tm.tm_year = INT_MIN;
	tm.tm_mon = -1;
	errno = 0;
	ATF_CHECK_EQ(timegm(&tm), (time_t)-1);
	ATF_CHECK_EQ(errno, EOVERFLOW);
	errno = 0;
	ATF_CHECK_EQ(mktime(NULL), (time_t)-1);
	ATF_CHECK_EQ(errno, EFAULT);
	errno = 0;
	ATF_CHECK_EQ(timegm(NULL), (time_t)-1);
	ATF_CHECK_EQ(errno, EFAULT);
}

TC(minus_one_valid, "1969-12-31 23:59:59 gives -1 without an error")
{
	struct tm tm = mk(1969, 12, 31, 23, 59, 59, 0);

	utc();
	errno = 0;
	ATF_CHECK_EQ(mktime(&tm), (time_t)-1);
	ATF_CHECK_EQ(errno, 0);
	ATF_CHECK_EQ(tm.tm_wday, 3);
}

TC(timegm_matches_mktime_utc, "timegm equals mktime under UTC, 5000 dates")
{
	uint64_t x = 12345;

	utc();
	for (int i = 0; i < 5000; i++) {
		struct tm a, b;

		x = x * 6364136223846793005ULL + 1442695040888963407ULL;
		a = mk(1 + (int)(x >> 33) % 4000, (int)(x >> 20) % 40 - 10,
		    (int)(x >> 10) % 70 - 20, (int)(x >> 5) % 30,
		    (int)(x >> 40) % 70, (int)(x >> 45) % 70, 0);
		b = a;
		ATF_REQUIRE_EQ(timegm(&a), mktime(&b));
		ATF_REQUIRE_EQ(a.tm_mday, b.tm_mday);
		ATF_REQUIRE(a.tm_mon >= 0 && a.tm_mon < 12);
		ATF_REQUIRE(a.tm_sec >= 0 && a.tm_sec < 60);
	}
}

TC(roundtrip, "mktime(localtime(t)) == t under a DST rule, 5000 times")
{
	uint64_t x = 777;

	setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3", 1);
	tzset();
	for (int i = 0; i < 5000; i++) {
		struct tm tm;
		time_t t;

		x = x * 6364136223846793005ULL + 1442695040888963407ULL;
		t = (time_t)(x >> 31) % 4000000000LL;
		ATF_REQUIRE(localtime_r(&t, &tm) != NULL);
		ATF_REQUIRE_EQ_MSG(mktime(&tm), t, "t=%lld", (long long)t);
	}
}

static const char *us = "EST5EDT,M3.2.0,M11.1.0";

TC(dst_summer, "isdst -1 in July picks EDT")
{
	struct tm tm = mk(2021, 7, 1, 12, 0, 0, -1);

	setenv("TZ", us, 1);
	ATF_CHECK_EQ(mktime(&tm), 1625155200);
	ATF_CHECK_EQ(tm.tm_isdst, 1);
	ATF_CHECK_EQ(tm.tm_gmtoff, -14400);
	ATF_CHECK_STREQ(tm.tm_zone, "EDT");
}

TC(dst_gap, "02:30 on the spring-forward day becomes 03:30 EDT")
{
	struct tm tm = mk(2021, 3, 14, 2, 30, 0, -1);

	setenv("TZ", us, 1);
	ATF_CHECK_EQ(mktime(&tm), 1615707000);
	same(&tm, 2021, 3, 14, 3, 30, 0);
	ATF_CHECK_EQ(tm.tm_isdst, 1);
}

TC(dst_repeated, "01:30 on the fall-back day: the first (EDT) by default")
{
	struct tm tm = mk(2021, 11, 7, 1, 30, 0, -1);

	setenv("TZ", us, 1);
	ATF_CHECK_EQ(mktime(&tm), 1636263000);
	ATF_CHECK_EQ(tm.tm_isdst, 1);
	tm = mk(2021, 11, 7, 1, 30, 0, 0);
	ATF_CHECK_EQ(mktime(&tm), 1636266600);
	ATF_CHECK_EQ(tm.tm_isdst, 0);
}

TC(dst_forced, "isdst 0 in summer reads the time as EST (one hour later)")
{
	struct tm tm = mk(2021, 7, 1, 12, 0, 0, 0);

	setenv("TZ", us, 1);
	ATF_CHECK_EQ(mktime(&tm), 1625158800);
	same(&tm, 2021, 7, 1, 13, 0, 0);
	tm = mk(2021, 1, 1, 12, 0, 0, 1);
	ATF_CHECK_EQ(mktime(&tm), 1609516800);
	same(&tm, 2021, 1, 1, 11, 0, 0);
}

TC(timelocal_ignores_isdst, "timelocal decides tm_isdst itself")
{
	struct tm tm = mk(2021, 7, 1, 12, 0, 0, 0);

	setenv("TZ", us, 1);
	ATF_CHECK_EQ(timelocal(&tm), 1625155200);
	ATF_CHECK_EQ(tm.tm_isdst, 1);
}

TC(negative_years, "years before 1 normalise and convert back")
{
	struct tm tm = mk(-100, 1, 1, 0, 0, 0, 0), back;
	time_t t;

	utc();
	t = mktime(&tm);
	ATF_CHECK(t < -62135596800LL);
	ATF_REQUIRE(gmtime_r(&t, &back) != NULL);
	ATF_CHECK_EQ(back.tm_year, -100 - 1900);
	ATF_CHECK_EQ(back.tm_mon, 0);
	ATF_CHECK_EQ(back.tm_mday, 1);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, plain);
	ATF_TP_ADD_TC(tp, seconds_overflow);
	ATF_TP_ADD_TC(tp, negative_fields);
	ATF_TP_ADD_TC(tp, month_overflow);
	ATF_TP_ADD_TC(tp, feb_normalise);
	ATF_TP_ADD_TC(tp, large_mday);
	ATF_TP_ADD_TC(tp, overflow);
	ATF_TP_ADD_TC(tp, minus_one_valid);
	ATF_TP_ADD_TC(tp, timegm_matches_mktime_utc);
	ATF_TP_ADD_TC(tp, roundtrip);
	ATF_TP_ADD_TC(tp, dst_summer);
	ATF_TP_ADD_TC(tp, dst_gap);
	ATF_TP_ADD_TC(tp, dst_repeated);
	ATF_TP_ADD_TC(tp, dst_forced);
	ATF_TP_ADD_TC(tp, timelocal_ignores_isdst);
	ATF_TP_ADD_TC(tp, negative_years);
	return atf_no_error();
}
