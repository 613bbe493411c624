/*
 * t_tzfile: time zones from TZif files.  Each test writes its own zone
 * file (versions 1 and 2, with and without a footer rule) in the work
 * directory, so it runs the same on the host and on Bulkhead; one case
 * also reads the host's /usr/share/zoneinfo when it is there.
 */
#include <sys/stat.h>

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <atf-c.h>

#include "h_tc.h"

static unsigned char file[4096];
static size_t flen;

static void
put8(unsigned v)
{
	file[flen++] = (unsigned char)v;
}

static void
put32(uint32_t v)
{
	for (int s = 24; s >= 0; s -= 8)
		put8((v >> s) & 0xff);
}

static void
put64(int64_t v)
{
	put32((uint32_t)((uint64_t)v >> 32));
	put32((uint32_t)v);
}

/* Test zone: TST (+1h) and TDT (+2h, daylight). */
static const int64_t times[] = { 1000000000, 1010000000, 1020000000 };
static const unsigned char idx[] = { 1, 0, 1 };
static const char chars[] = "TST\0TDT"; /* 8 bytes with the last NUL */

static void
header(int version, int timecnt, int typecnt, int charcnt)
{
	memcpy(file + flen, "TZif", 4);
	flen += 4;
	put8(version == 1 ? 0 : '0' + version);
	for (int i = 0; i < 15; i++)
		put8(0);
	put32(0); /* isutcnt */
	put32(0); /* isstdcnt */
	put32(0); /* leapcnt */
	put32((uint32_t)timecnt);
	put32((uint32_t)typecnt);
	put32((uint32_t)charcnt);
}

static void
data(int tsize)
{
	for (int i = 0; i < 3; i++)
		if (tsize == 8)
			put64(times[i]);
		else
			put32((uint32_t)times[i]);
	for (int i = 0; i < 3; i++)
		put8(idx[i]);
	put32(3600);
	put8(0);
	put8(0);
	put32(7200);
	put8(1);
	put8(4);
	memcpy(file + flen, chars, 8);
	flen += 8;
}

static void
save(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	ATF_REQUIRE(fd >= 0);
	ATF_REQUIRE_EQ(write(fd, file, flen), (ssize_t)flen);
	close(fd);
}

/* Version 2 with a footer rule, at the absolute path ./zone2; TZ set. */
static void
zone2(const char *footer)
{
	char cwd[1024], tz[1100];

	flen = 0;
	header(2, 3, 2, 8);
	data(4);
	header(2, 3, 2, 8);
	data(8);
	put8('\n');
	memcpy(file + flen, footer, strlen(footer));
	flen += strlen(footer);
	put8('\n');
	save("zone2");
	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	snprintf(tz, sizeof(tz), "%s/zone2", cwd);
	setenv("TZ", tz, 1);
	tzset();
}

static void
at(time_t t, int hour, long off, int isdst, const char *zone)
{
	struct tm tm, back;

	ATF_REQUIRE(localtime_r(&t, &tm) != NULL);
	ATF_CHECK_EQ_MSG(
	    tm.tm_hour, hour, "t=%lld hour %d", (long long)t, tm.tm_hour);
	ATF_CHECK_EQ_MSG(
	    tm.tm_gmtoff, off, "t=%lld off %ld", (long long)t, tm.tm_gmtoff);
	ATF_CHECK_EQ(tm.tm_isdst, isdst);
	ATF_CHECK_STREQ(tm.tm_zone, zone);
	back = tm;
	ATF_CHECK_EQ_MSG(mktime(&back), t, "mktime at %lld", (long long)t);
}

TC(v2_transitions, "a version 2 file: before, at and between transitions")
{
	zone2("TST-1TDT,M3.5.0,M10.5.0/3");
	at(999999999, 2, 3600, 0, "TST");   /* 01:46:39 UTC */
	at(1000000000, 3, 7200, 1, "TDT");  /* 01:46:40 UTC */
	at(1015000000, 17, 3600, 0, "TST"); /* 2002-03-01 16:26:40 UTC */
	at(1020000001, 15, 7200, 1, "TDT"); /* 2002-04-28 13:20:01 UTC */
}

TC(v2_footer, "after the last transition the footer rule applies")
{
	zone2("TST-1TDT,M3.5.0,M10.5.0/3");
	at(2000000000, 5, 7200, 1, "TDT");  /* 2033-05-18 03:33:20 UTC */
	at(1700000000, 23, 3600, 0, "TST"); /* 2023-11-14 22:13:20 UTC */
	ATF_CHECK_STREQ(tzname[0], "TST");
	ATF_CHECK_STREQ(tzname[1], "TDT");
	ATF_CHECK_EQ(timezone, -3600);
	ATF_CHECK_EQ(daylight, 1);
}

TC(v1_no_footer, "a version 1 file keeps the last type after the end")
{
	char cwd[1024], tz[1100];

	flen = 0;
	header(1, 3, 2, 8);
	data(4);
	save("zone1");
	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	snprintf(tz, sizeof(tz), ":%s/zone1", cwd);
	setenv("TZ", tz, 1);
	tzset();
	at(1015000000, 17, 3600, 0, "TST");
	at(1700000000, 0, 7200, 1, "TDT"); /* still the last type */
	ATF_CHECK_STREQ(tzname[0], "TST");
	ATF_CHECK_STREQ(tzname[1], "TDT");
}

TC(tzdir, "relative names are looked up under TZDIR")
{
	char cwd[1024];

	zone2("TST-1TDT,M3.5.0,M10.5.0/3");
	ATF_REQUIRE_EQ(mkdir("sub", 0755), 0);
	ATF_REQUIRE_EQ(rename("zone2", "sub/zone2"), 0);
	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	setenv("TZDIR", cwd, 1);
	setenv("TZ", "sub/zone2", 1);
	tzset();
	at(1000000000, 3, 7200, 1, "TDT");
	setenv("TZ", "sub/../sub/zone2", 1); /* ".." is refused: UTC */
	tzset();
	at(1000000000, 1, 0, 0, "UTC");
}

TC(bad_files, "truncated or corrupt files and missing zones mean UTC")
{
	char cwd[1024], tz[1100];

	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	flen = 0;
	header(2, 3, 2, 8);
	data(4); /* the version 2 part is missing */
	save("short");
	snprintf(tz, sizeof(tz), "%s/short", cwd);
	setenv("TZ", tz, 1);
	at(1000000000, 1, 0, 0, "UTC");
	flen = 0;
	header(1, 3, 2, 8);
	data(4);
	file[0] = 'X';
	save("magic");
	snprintf(tz, sizeof(tz), "%s/magic", cwd);
	setenv("TZ", tz, 1);
	at(1000000000, 1, 0, 0, "UTC");
	flen = 0;
	header(1, 3, 2, 8);
	data(4);
	file[44 + 12] = 9; /* type index out of range */
	save("badidx");
	snprintf(tz, sizeof(tz), "%s/badidx", cwd);
	setenv("TZ", tz, 1);
	at(1000000000, 1, 0, 0, "UTC");
	setenv("TZ", "No/Such_Zone", 1);
	at(1000000000, 1, 0, 0, "UTC");
}

TC(host_zoneinfo, "the host's Europe/Berlin and America/New_York")
{
	struct tm tm;
	time_t t;

	if (access("/usr/share/zoneinfo/Europe/Berlin", R_OK) != 0)
		atf_tc_skip("no /usr/share/zoneinfo here");
	unsetenv("TZDIR");
	setenv("TZ", "Europe/Berlin", 1);
	at(1625140800, 14, 7200, 1, "CEST"); /* 2021-07-01 12:00 UTC */
	at(1609502400, 13, 3600, 0, "CET");  /* 2021-01-01 12:00 UTC */
	setenv("TZ", ":America/New_York", 1);
	at(1625140800, 8, -14400, 1, "EDT");
	/* 1970: clocks then followed different rules than today */
	t = 10000000; /* 1970-04-26 17:46:40 UTC: EDT had begun that day */
	ATF_REQUIRE(localtime_r(&t, &tm) != NULL);
	ATF_CHECK_EQ(tm.tm_isdst, 1);
	ATF_CHECK_EQ(tm.tm_hour, 13);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, v2_transitions);
	ATF_TP_ADD_TC(tp, v2_footer);
	ATF_TP_ADD_TC(tp, v1_no_footer);
	ATF_TP_ADD_TC(tp, tzdir);
	ATF_TP_ADD_TC(tp, bad_files);
	ATF_TP_ADD_TC(tp, host_zoneinfo);
	return atf_no_error();
}
