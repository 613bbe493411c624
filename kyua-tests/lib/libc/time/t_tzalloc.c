/*
 * t_tzalloc: NetBSD's time zone objects: tzalloc/tzfree, localtime_rz,
 * mktime_z, timelocal_z, ctime_rz, strftime_z, tzgetname, tzgetgmtoff;
 * several zones at once, independent of TZ.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <atf-c.h>

#include "h_tc.h"

#define US "EST5EDT,M3.2.0,M11.1.0"
#define EU "CET-1CEST,M3.5.0,M10.5.0/3"

static const time_t july = 1625140800; /* 2021-07-01 12:00 UTC */
static const time_t jan = 1609502400;  /* 2021-01-01 12:00 UTC */

TC(two_zones, "two zones at once, whatever TZ says")
{
	timezone_t us = tzalloc(US), eu = tzalloc(EU);
	struct tm a, b;

	ATF_REQUIRE(us != NULL && eu != NULL);
	setenv("TZ", "JST-9", 1);
	tzset();
	ATF_REQUIRE(localtime_rz(us, &july, &a) != NULL);
	ATF_REQUIRE(localtime_rz(eu, &july, &b) != NULL);
	ATF_CHECK_EQ(a.tm_hour, 8);
	ATF_CHECK_STREQ(a.tm_zone, "EDT");
	ATF_CHECK_EQ(b.tm_hour, 14);
	ATF_CHECK_STREQ(b.tm_zone, "CEST");
	ATF_REQUIRE(localtime_rz(eu, &jan, &b) != NULL);
	ATF_CHECK_EQ(b.tm_hour, 13);
	ATF_CHECK_EQ(b.tm_gmtoff, 3600);
	ATF_REQUIRE(localtime_r(&july, &a) != NULL);
	ATF_CHECK_EQ(a.tm_hour, 21); /* TZ's zone is untouched */
	tzfree(us);
	tzfree(eu);
}

TC(mktime_z_roundtrip, "mktime_z inverts localtime_rz; timelocal_z")
{
	timezone_t eu = tzalloc(EU);
	struct tm tm;

	ATF_REQUIRE(eu != NULL);
	setenv("TZ", "UTC", 1);
	for (time_t t = jan; t < jan + 400 * 86400; t += 3 * 3600 + 17) {
		ATF_REQUIRE(localtime_rz(eu, &t, &tm) != NULL);
		ATF_REQUIRE_EQ(mktime_z(eu, &tm), t);
	}
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = 121;
	tm.tm_mon = 6;
	tm.tm_mday = 1;
	tm.tm_hour = 14;
	tm.tm_isdst = 0;
	ATF_CHECK_EQ(timelocal_z(eu, &tm), july);
	ATF_CHECK_EQ(tm.tm_isdst, 1);
	tzfree(eu);
}

TC(names_offsets, "tzgetname and tzgetgmtoff")
{
	timezone_t us = tzalloc(US), jp = tzalloc("JST-9");

	ATF_REQUIRE(us != NULL && jp != NULL);
	ATF_CHECK_STREQ(tzgetname(us, 0), "EST");
	ATF_CHECK_STREQ(tzgetname(us, 1), "EDT");
	ATF_CHECK_EQ(tzgetgmtoff(us, 0), -18000);
	ATF_CHECK_EQ(tzgetgmtoff(us, 1), -14400);
	ATF_CHECK_STREQ(tzgetname(jp, 0), "JST");
	errno = 0;
	ATF_CHECK(tzgetname(jp, 1) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(tzgetgmtoff(jp, 0), 32400);
	tzfree(us);
	tzfree(jp);
}

TC(ctime_strftime, "ctime_rz and strftime_z (%s in the zone)")
{
	timezone_t us = tzalloc(US);
	char buf[64];
	struct tm tm;

	ATF_REQUIRE(us != NULL);
	setenv("TZ", "UTC", 1);
	ATF_CHECK_STREQ(ctime_rz(us, &july, buf), "Thu Jul  1 08:00:00 2021\n");
	ATF_REQUIRE(localtime_rz(us, &july, &tm) != NULL);
	ATF_REQUIRE(strftime_z(us, buf, sizeof(buf), "%s %Z %z", &tm) > 0);
	ATF_CHECK_STREQ(buf, "1625140800 EDT -0400");
	tzfree(us);
}

TC(defaults_errors, "NULL and \"\" are UTC; unknown names are EINVAL")
{
	timezone_t z;
	struct tm tm;

	z = tzalloc(NULL);
	ATF_REQUIRE(z != NULL);
	ATF_REQUIRE(localtime_rz(z, &july, &tm) != NULL);
	ATF_CHECK_EQ(tm.tm_hour, 12);
	ATF_CHECK_STREQ(tm.tm_zone, "UTC");
	tzfree(z);
	z = tzalloc("");
	ATF_REQUIRE(z != NULL);
	ATF_CHECK_EQ(tzgetgmtoff(z, 0), 0);
	tzfree(z);
	errno = 0;
	ATF_CHECK(tzalloc("No/Such_Zone") == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK(localtime_rz(NULL, &july, &tm) == NULL);
	ATF_CHECK_EQ(errno, EFAULT);
	tzfree(NULL);
}

TC(tzif_zone, "a TZif zone from the host's zoneinfo as an object")
{
	timezone_t z;
	struct tm tm;

	if (access("/usr/share/zoneinfo/Europe/Berlin", R_OK) != 0)
		atf_tc_skip("no /usr/share/zoneinfo here");
	unsetenv("TZDIR");
	z = tzalloc("Europe/Berlin");
	ATF_REQUIRE(z != NULL);
	ATF_REQUIRE(localtime_rz(z, &july, &tm) != NULL);
	ATF_CHECK_EQ(tm.tm_hour, 14);
	ATF_CHECK_STREQ(tm.tm_zone, "CEST");
	ATF_CHECK_STREQ(tzgetname(z, 0), "CET");
	ATF_CHECK_STREQ(tzgetname(z, 1), "CEST");
	ATF_CHECK_EQ(mktime_z(z, &tm), july);
	tzfree(z);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, two_zones);
	ATF_TP_ADD_TC(tp, mktime_z_roundtrip);
	ATF_TP_ADD_TC(tp, names_offsets);
	ATF_TP_ADD_TC(tp, ctime_strftime);
	ATF_TP_ADD_TC(tp, defaults_errors);
	ATF_TP_ADD_TC(tp, tzif_zone);
	return atf_no_error();
}
