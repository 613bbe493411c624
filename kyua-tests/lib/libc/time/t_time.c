/*
 * t_time: time(), clock(), tzset() globals, and agreement between time()
 * and clock_gettime()/gettimeofday().
 */
#include <sys/time.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <atf-c.h>

#include "h_tc.h"

TC(time_now, "time() returns the same value it stores, after 2020")
{
	time_t a, b;

	b = time(&a);
	ATF_CHECK(a == b || b == a + 1);
	ATF_CHECK(b > 1577836800);
	ATF_CHECK(time(NULL) >= b);
}

TC(time_clock_gettime, "time() agrees with clock_gettime(CLOCK_REALTIME)")
{
	struct timespec ts;
	time_t t;

	ATF_REQUIRE_EQ(clock_gettime(CLOCK_REALTIME, &ts), 0);
	t = time(NULL);
	ATF_CHECK(t >= ts.tv_sec && t <= ts.tv_sec + 2);
}

TC(time_gettimeofday, "time() agrees with gettimeofday()")
{
	struct timeval tv;
	time_t t;

	ATF_REQUIRE_EQ(gettimeofday(&tv, NULL), 0);
	t = time(NULL);
	ATF_CHECK(t >= tv.tv_sec && t <= tv.tv_sec + 2);
}

TC(timespec_get_utc,
    "timespec_get(TIME_UTC) agrees with time(); other "
    "bases fail")
{
	struct timespec ts;
	time_t t;

	ATF_CHECK_EQ(TIME_UTC, 1);
	ATF_REQUIRE_EQ(timespec_get(&ts, TIME_UTC), TIME_UTC);
	t = time(NULL);
	ATF_CHECK(t >= ts.tv_sec && t <= ts.tv_sec + 2);
	ATF_CHECK(ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000);
	ATF_CHECK_EQ(timespec_get(&ts, 0), 0);
	ATF_CHECK_EQ(timespec_get(&ts, 2), 0);
	ATF_CHECK_EQ(timespec_get(NULL, TIME_UTC), 0);
}

TC(time_advances, "time() advances across a one-second sleep")
{
	struct timespec d = { 1, 100000000 };
	time_t a = time(NULL);

	ATF_REQUIRE_EQ(nanosleep(&d, NULL), 0);
	ATF_CHECK(time(NULL) >= a + 1);
}

TC(clock_cpu, "clock() counts CPU time in 1/100 s and grows with work")
{
	volatile unsigned long x = 0;
	clock_t a, b;

	ATF_CHECK_EQ(CLOCKS_PER_SEC, 100);
	a = clock();
	ATF_REQUIRE(a != (clock_t)-1);
	do {
		for (int i = 0; i < 1000000; i++)
			x += (unsigned long)i;
		b = clock();
	} while (b - a < 5 && x != 0);
	ATF_CHECK(b >= a + 5);
}

TC(clock_sleep, "sleeping does not count as CPU time")
{
	struct timespec d = { 0, 300000000 };
	clock_t a = clock(), b;

	ATF_REQUIRE_EQ(nanosleep(&d, NULL), 0);
	b = clock();
	ATF_CHECK(b - a < 20);
}

TC(tzset_globals, "tzset sets tzname, timezone and daylight")
{
	setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3", 1);
	tzset();
	ATF_CHECK_STREQ(tzname[0], "CET");
	ATF_CHECK_STREQ(tzname[1], "CEST");
	ATF_CHECK_EQ(timezone, -3600);
	ATF_CHECK_EQ(daylight, 1);
	setenv("TZ", "JST-9", 1);
	tzset();
	ATF_CHECK_STREQ(tzname[0], "JST");
	ATF_CHECK_EQ(timezone, -32400);
	ATF_CHECK_EQ(daylight, 0);
	unsetenv("TZ");
	tzset();
	ATF_CHECK_STREQ(tzname[0], "UTC");
	ATF_CHECK_EQ(timezone, 0);
}

TC(tz_change_noticed, "localtime notices a changed TZ without tzset")
{
	struct tm tm;
	time_t t = 0;

	setenv("TZ", "AAA-2", 1);
	ATF_REQUIRE(localtime_r(&t, &tm) != NULL);
	ATF_CHECK_EQ(tm.tm_hour, 2);
	setenv("TZ", "BBB+3", 1);
	ATF_REQUIRE(localtime_r(&t, &tm) != NULL);
	ATF_CHECK_EQ(tm.tm_hour, 21);
	ATF_CHECK_STREQ(tm.tm_zone, "BBB");
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, time_now);
	ATF_TP_ADD_TC(tp, time_clock_gettime);
	ATF_TP_ADD_TC(tp, time_gettimeofday);
	ATF_TP_ADD_TC(tp, timespec_get_utc);
	ATF_TP_ADD_TC(tp, time_advances);
	ATF_TP_ADD_TC(tp, clock_cpu);
	ATF_TP_ADD_TC(tp, clock_sleep);
	ATF_TP_ADD_TC(tp, tzset_globals);
	ATF_TP_ADD_TC(tp, tz_change_noticed);
	return atf_no_error();
}
