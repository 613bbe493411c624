/*
 * t_strftime: every conversion of strftime, the padding flags, E/O
 * modifiers, buffer limits and bad arguments.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <atf-c.h>

#include "h_tc.h"

/* Format time t (UTC) with fmt and compare with want. */
static void
fmt_is(time_t t, const char *fmt, const char *want)
{
	char buf[256];
	struct tm tm;
	size_t n;

	setenv("TZ", "UTC", 1);
	tzset();
	ATF_REQUIRE(gmtime_r(&t, &tm) != NULL);
	n = strftime(buf, sizeof(buf), fmt, &tm);
	ATF_CHECK_EQ_MSG(n, strlen(want), "\"%s\" at %lld: length %zu", fmt,
	    (long long)t, n);
	ATF_CHECK_STREQ_MSG(buf, want, "\"%s\" at %lld", fmt, (long long)t);
}

/* 2009-02-13 23:31:30 UTC, a Friday, day 44 */
#define T1 1234567890
/* 2001-09-09 01:46:40 UTC, a Sunday */
#define T2 1000000000

TC(names, "%a %A %b %B %h")
{
	fmt_is(T1, "%a|%A|%b|%B|%h", "Fri|Friday|Feb|February|Feb");
	fmt_is(T2, "%a|%A|%b|%B", "Sun|Sunday|Sep|September");
	fmt_is(0, "%A %B", "Thursday January");
}

TC(composites, "%c %D %F %x %X %r %R %T %+")
{
	fmt_is(T1, "%c", "Fri Feb 13 23:31:30 2009");
	fmt_is(T2, "%c", "Sun Sep  9 01:46:40 2001");
	fmt_is(T1, "%D|%x", "02/13/09|02/13/09");
	fmt_is(T1, "%F", "2009-02-13");
	fmt_is(T1, "%X|%T|%R", "23:31:30|23:31:30|23:31");
	fmt_is(T1, "%r", "11:31:30 PM");
	fmt_is(T2, "%r", "01:46:40 AM");
	fmt_is(T1, "%+", "Fri Feb 13 23:31:30 UTC 2009");
}

TC(day_fields, "%d %e %j %u %w")
{
	fmt_is(T1, "%d|%e|%j|%u|%w", "13|13|044|5|5");
	fmt_is(T2, "%d|%e|%j|%u|%w", "09| 9|252|7|0");
	fmt_is(0, "%j", "001");
	fmt_is(978220800, "%j", "366"); /* 2000-12-31 */
}

TC(time_fields, "%H %I %k %l %M %S %p")
{
	fmt_is(T1, "%H|%I|%k|%l|%M|%S|%p", "23|11|23|11|31|30|PM");
	fmt_is(T2, "%H|%I|%k|%l|%M|%S|%p", "01|01| 1| 1|46|40|AM");
	fmt_is(0, "%H|%I|%k|%l|%p", "00|12| 0|12|AM");
	fmt_is(43200, "%H|%I|%l|%p", "12|12|12|PM");
}

TC(year_fields, "%C %y %Y %m")
{
	fmt_is(T1, "%C|%y|%Y|%m", "20|09|2009|02");
	fmt_is(-2208988800LL, "%C|%y|%Y", "19|00|1900");
	fmt_is(253402300799LL, "%C|%y|%Y", "99|99|9999");
	fmt_is(253402300800LL, "%C|%y|%Y", "100|00|10000");
}

TC(small_years, "years below 1000 and negative years")
{
	fmt_is(-62135596800LL, "%Y|%C|%y", "0001|00|01");
	fmt_is(-62198755200LL, "%Y|%C|%y", "-001|-1|99");
}

TC(week_numbers, "%U %W across the year")
{
	fmt_is(T1, "%U|%W", "06|06");
	fmt_is(T2, "%U|%W", "36|36");
	fmt_is(0, "%U|%W", "00|00");
	fmt_is(1262217600, "%U|%W", "52|52"); /* Thu 2009-12-31 */
}

TC(iso_week, "%G %g %V at the year boundaries")
{
	/* Sat 2005-01-01 is in week 53 of 2004 */
	fmt_is(1104537600, "%G|%g|%V", "2004|04|53");
	/* Mon 2008-12-29 is in week 1 of 2009 */
	fmt_is(1230508800, "%G|%g|%V", "2009|09|01");
	/* Sun 2010-01-03 is in week 53 of 2009 */
	fmt_is(1262476800, "%G|%g|%V", "2009|09|53");
	/* Mon 2010-01-04 starts week 1 of 2010 */
	fmt_is(1262563200, "%G|%V|%u", "2010|01|1");
	fmt_is(T1, "%G|%V", "2009|07");
}

TC(iso_week_walk, "%V/%G agree with counting Mondays, 2000-2030")
{
	int week = 51, isoyear = 1999; /* Mon 1999-12-27 starts 1999-W52 */
	char buf[32], want[32];
	struct tm tm;

	for (time_t t = 946252800; t < 1924992000; t += 86400) {
		ATF_REQUIRE(gmtime_r(&t, &tm) != NULL);
		if (tm.tm_wday == 1) {
			/* the week of the Thursday three days on */
			time_t th = t + 3 * 86400;
			struct tm tt;

			gmtime_r(&th, &tt);
			if (tt.tm_year + 1900 != isoyear) {
				isoyear = tt.tm_year + 1900;
				week = 1;
			} else {
				week++;
			}
		}
		strftime(buf, sizeof(buf), "%G-W%V", &tm);
		snprintf(want, sizeof(want), "%d-W%02d", isoyear, week);
		ATF_REQUIRE_STREQ_MSG(buf, want, "t=%lld", (long long)t);
	}
}

TC(zone_fields, "%z %Z from tm_gmtoff and tm_zone")
{
	char buf[64];
	struct tm tm;
	time_t t = T1;

	fmt_is(T1, "%z|%Z", "+0000|UTC");
	setenv("TZ", "<+0530>-5:30", 1);
	tzset();
	ATF_REQUIRE(localtime_r(&t, &tm) != NULL);
	ATF_REQUIRE(strftime(buf, sizeof(buf), "%z %Z", &tm) > 0);
	ATF_CHECK_STREQ(buf, "+0530 +0530");
	setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);
	tzset();
	ATF_REQUIRE(localtime_r(&t, &tm) != NULL);
	ATF_REQUIRE(strftime(buf, sizeof(buf), "%z %Z", &tm) > 0);
	ATF_CHECK_STREQ(buf, "-0500 EST");
}

TC(epoch_seconds, "%s is the time_t of the broken-down time")
{
	fmt_is(T1, "%s", "1234567890");
	fmt_is(0, "%s", "0");
	fmt_is(-86400, "%s", "-86400");
}

TC(literals, "%n %t %% and plain text")
{
	fmt_is(T1, "a%nb%tc%%d", "a\nb\tc%d");
	fmt_is(T1, "no conversions", "no conversions");
	fmt_is(T1, "%%Y", "%Y");
}

TC(modifiers, "E and O modifiers are accepted and ignored")
{
	fmt_is(T1, "%Ec|%EC|%Ex|%EX|%Ey|%EY",
	    "Fri Feb 13 23:31:30 2009|20|"
	    "02/13/09|23:31:30|09|2009");
	fmt_is(T1, "%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy",
	    "13|13|23|11|02|31|30|5|06|07|5|06|09");
}

TC(flags, "padding flags - _ 0 and ^")
{
	fmt_is(T2, "%-d|%_d|%0e|%-j|%_H|%-m", "9| 9|09|252| 1|9");
	fmt_is(T1, "%^a|%^B|%-y", "FRI|FEBRUARY|9");
}

TC(unknown, "an unknown conversion is copied as text")
{
	fmt_is(T1, "%Q|%", "%Q|%");
	fmt_is(T1, "x%5Y", "x%5Y");
}

TC(too_small, "returns 0 when the result and its NUL do not fit")
{
	char buf[16];
	struct tm tm;
	time_t t = T1;

	gmtime_r(&t, &tm);
	ATF_CHECK_EQ(strftime(buf, 10, "%Y-%m-%d", &tm), 0);
	ATF_CHECK_EQ(strftime(buf, 11, "%Y-%m-%d", &tm), 10);
	ATF_CHECK_STREQ(buf, "2009-02-13");
	ATF_CHECK_EQ(strftime(buf, 0, "%Y", &tm), 0);
	ATF_CHECK_EQ(strftime(buf, 1, "", &tm), 0);
	ATF_CHECK_STREQ(buf, "");
	ATF_CHECK_EQ(strftime(buf, 4, "%A", &tm), 0);
}

TC(bad_args, "NULL format or tm is EFAULT")
{
	char buf[16];
	struct tm tm;
	time_t t = 0;

	gmtime_r(&t, &tm);
	errno = 0;
	ATF_CHECK_EQ(strftime(buf, sizeof(buf), NULL, &tm), 0);
	ATF_CHECK_EQ(errno, EFAULT);
	errno = 0;
	ATF_CHECK_EQ(strftime(buf, sizeof(buf), "%Y", NULL), 0);
	ATF_CHECK_EQ(errno, EFAULT);
}

TC(out_of_range_fields, "bad tm_wday/tm_mon give '?' rather than a crash")
{
	char buf[64];
	struct tm tm;
	time_t t = 0;

	gmtime_r(&t, &tm);
	tm.tm_wday = 9;
	tm.tm_mon = -3;
	ATF_CHECK(strftime(buf, sizeof(buf), "%a %A %b %B", &tm) > 0);
	ATF_CHECK_STREQ(buf, "? ? ? ?");
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, names);
	ATF_TP_ADD_TC(tp, composites);
	ATF_TP_ADD_TC(tp, day_fields);
	ATF_TP_ADD_TC(tp, time_fields);
	ATF_TP_ADD_TC(tp, year_fields);
	ATF_TP_ADD_TC(tp, small_years);
	ATF_TP_ADD_TC(tp, week_numbers);
	ATF_TP_ADD_TC(tp, iso_week);
	ATF_TP_ADD_TC(tp, iso_week_walk);
	ATF_TP_ADD_TC(tp, zone_fields);
	ATF_TP_ADD_TC(tp, epoch_seconds);
	ATF_TP_ADD_TC(tp, literals);
	ATF_TP_ADD_TC(tp, modifiers);
	ATF_TP_ADD_TC(tp, flags);
	ATF_TP_ADD_TC(tp, unknown);
	ATF_TP_ADD_TC(tp, too_small);
	ATF_TP_ADD_TC(tp, bad_args);
	ATF_TP_ADD_TC(tp, out_of_range_fields);
	return atf_no_error();
}
