/*
 * t_strptime: parsing every conversion, derived fields (wday/yday),
 * failures, and round trips through strftime.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <atf-c.h>

#include "h_tc.h"

static struct tm
parse(const char *s, const char *f, size_t consumed)
{
	struct tm tm;
	char *end;

	memset(&tm, 0, sizeof(tm));
	tm.tm_wday = tm.tm_yday = -1;
	end = strptime(s, f, &tm);
	ATF_REQUIRE_MSG(end != NULL, "strptime(\"%s\", \"%s\") failed", s, f);
	ATF_CHECK_EQ_MSG((size_t)(end - s), consumed,
	    "strptime(\"%s\", \"%s\") consumed %zu", s, f, (size_t)(end - s));
	return tm;
}

static void
fails(const char *s, const char *f)
{
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	ATF_CHECK_MSG(strptime(s, f, &tm) == NULL,
	    "strptime(\"%s\", \"%s\") should fail", s, f);
}

TC(date_ymd, "%Y-%m-%d, with tm_wday and tm_yday computed")
{
	struct tm tm = parse("2009-02-13", "%Y-%m-%d", 10);

	ATF_CHECK_EQ(tm.tm_year, 109);
	ATF_CHECK_EQ(tm.tm_mon, 1);
	ATF_CHECK_EQ(tm.tm_mday, 13);
	ATF_CHECK_EQ(tm.tm_wday, 5);
	ATF_CHECK_EQ(tm.tm_yday, 43);
}

TC(time_hms, "%H:%M:%S, %T, %R")
{
	struct tm tm = parse("23:31:30", "%H:%M:%S", 8);

	ATF_CHECK_EQ(tm.tm_hour, 23);
	ATF_CHECK_EQ(tm.tm_min, 31);
	ATF_CHECK_EQ(tm.tm_sec, 30);
	tm = parse("01:02:03xyz", "%T", 8);
	ATF_CHECK_EQ(tm.tm_hour, 1);
	ATF_CHECK_EQ(tm.tm_sec, 3);
	tm = parse("7:5", "%R", 3);
	ATF_CHECK_EQ(tm.tm_hour, 7);
	ATF_CHECK_EQ(tm.tm_min, 5);
	tm = parse("23:59:60", "%T", 8);
	ATF_CHECK_EQ(tm.tm_sec, 60);
}

TC(composite_dates, "%D %F %x %c")
{
	struct tm tm = parse("12/31/99", "%D", 8);

	ATF_CHECK_EQ(tm.tm_year, 99);
	ATF_CHECK_EQ(tm.tm_mon, 11);
	ATF_CHECK_EQ(tm.tm_mday, 31);
	tm = parse("1999-01-02", "%F", 10);
	ATF_CHECK_EQ(tm.tm_yday, 1);
	tm = parse("03/04/05", "%x", 8);
	ATF_CHECK_EQ(tm.tm_year, 105);
	tm = parse("Fri Feb 13 23:31:30 2009", "%c", 24);
	ATF_CHECK_EQ(tm.tm_wday, 5);
	ATF_CHECK_EQ(tm.tm_hour, 23);
	ATF_CHECK_EQ(tm.tm_year, 109);
}

TC(month_names, "%b %B %h: full, abbreviated, any case")
{
	ATF_CHECK_EQ(parse("February", "%B", 8).tm_mon, 1);
	ATF_CHECK_EQ(parse("feb", "%b", 3).tm_mon, 1);
	ATF_CHECK_EQ(parse("DECEMBER", "%h", 8).tm_mon, 11);
	ATF_CHECK_EQ(parse("Sept", "%b", 3).tm_mon, 8);
	fails("Foo", "%b");
}

TC(day_names, "%a %A")
{
	ATF_CHECK_EQ(parse("Sunday", "%A", 6).tm_wday, 0);
	ATF_CHECK_EQ(parse("sat", "%a", 3).tm_wday, 6);
	ATF_CHECK_EQ(parse("WEDNESDAY!", "%a", 9).tm_wday, 3);
	fails("Funday", "%a");
}

TC(ampm, "%I with %p: 12 AM is hour 0, 12 PM is hour 12")
{
	ATF_CHECK_EQ(parse("12 AM", "%I %p", 5).tm_hour, 0);
	ATF_CHECK_EQ(parse("12 PM", "%I %p", 5).tm_hour, 12);
	ATF_CHECK_EQ(parse("3 pm", "%I %p", 4).tm_hour, 15);
	ATF_CHECK_EQ(parse("11:59:59 AM", "%r", 11).tm_hour, 11);
	ATF_CHECK_EQ(parse(" 5", "%l", 2).tm_hour, 5);
	fails("13 PM", "%I %p");
	fails("0", "%I");
	fails("10 XM", "%I %p");
}

TC(two_digit_years, "%y: 69-99 are 19xx, 00-68 are 20xx; %C sets the century")
{
	ATF_CHECK_EQ(parse("68", "%y", 2).tm_year, 168);
	ATF_CHECK_EQ(parse("69", "%y", 2).tm_year, 69);
	ATF_CHECK_EQ(parse("00", "%y", 2).tm_year, 100);
	ATF_CHECK_EQ(parse("19 05", "%C %y", 5).tm_year, 5);
	ATF_CHECK_EQ(parse("21", "%C", 2).tm_year, 200);
}

TC(day_of_year, "%j with %Y gives month and day")
{
	struct tm tm = parse("2020 060", "%Y %j", 8);

	ATF_CHECK_EQ(tm.tm_yday, 59);
	ATF_CHECK_EQ(tm.tm_mon, 1);
	ATF_CHECK_EQ(tm.tm_mday, 29);
	ATF_CHECK_EQ(tm.tm_wday, 6);
	tm = parse("2019 060", "%Y %j", 8);
	ATF_CHECK_EQ(tm.tm_mon, 2);
	ATF_CHECK_EQ(tm.tm_mday, 1);
	fails("367", "%j");
	fails("000", "%j");
}

TC(epoch_seconds, "%s sets every field (local time)")
{
	struct tm tm;

	setenv("TZ", "UTC", 1);
	tzset();
	tm = parse("1234567890", "%s", 10);
	ATF_CHECK_EQ(tm.tm_year, 109);
	ATF_CHECK_EQ(tm.tm_mday, 13);
	ATF_CHECK_EQ(tm.tm_hour, 23);
	tm = parse("-1", "%s", 2);
	ATF_CHECK_EQ(tm.tm_year, 69);
}

TC(whitespace, "white space in the format matches any amount, even none")
{
	struct tm tm = parse("  2020\t\n 5", " %Y %m", 10);

	ATF_CHECK_EQ(tm.tm_year, 120);
	ATF_CHECK_EQ(tm.tm_mon, 4);
	tm = parse("2020x5", "%Y%nx%t%m", 6);
	ATF_CHECK_EQ(tm.tm_mon, 4);
	tm = parse("2020 5", "%Y%m", 6); /* numbers skip leading space */
	ATF_CHECK_EQ(tm.tm_mon, 4);
}

TC(literal_text, "literal characters and %% must match")
{
	parse("100%", "%Y%%", 4);
	parse("at 10", "at %H", 5);
	fails("ax 10", "at %H");
	fails("100", "%Y%%");
}

TC(range_errors, "out-of-range numbers fail")
{
	fails("13", "%m");
	fails("0", "%m");
	fails("32", "%d");
	fails("24", "%H");
	fails("60", "%M");
	fails("61", "%S");
	fails("8", "%u");
	fails("7", "%w");
	fails("", "%Y");
	fails("x", "%d");
}

TC(field_widths, "numbers stop at their maximum width")
{
	struct tm tm = parse("20090213", "%Y%m%d", 8);

	ATF_CHECK_EQ(tm.tm_year, 109);
	ATF_CHECK_EQ(tm.tm_mon, 1);
	ATF_CHECK_EQ(tm.tm_mday, 13);
	tm = parse("123456", "%H%M%S", 6);
	ATF_CHECK_EQ(tm.tm_hour, 12);
	ATF_CHECK_EQ(tm.tm_min, 34);
	ATF_CHECK_EQ(tm.tm_sec, 56);
}

TC(zone_offset, "%z: +hhmm, -hh:mm, Z; %Z skips a name")
{
	ATF_CHECK_EQ(parse("+0530", "%z", 5).tm_gmtoff, 19800);
	ATF_CHECK_EQ(parse("-08:00", "%z", 6).tm_gmtoff, -28800);
	ATF_CHECK_EQ(parse("Z", "%z", 1).tm_gmtoff, 0);
	ATF_CHECK_EQ(parse("+01", "%z", 3).tm_gmtoff, 3600);
	parse("UTC 1", "%Z %H", 5);
	fails("0530", "%z");
	fails("+2500", "%z");
}

TC(weekday_numbers, "%u (1-7, Sunday 7) and %w (0-6)")
{
	ATF_CHECK_EQ(parse("7", "%u", 1).tm_wday, 0);
	ATF_CHECK_EQ(parse("1", "%u", 1).tm_wday, 1);
	ATF_CHECK_EQ(parse("6", "%w", 1).tm_wday, 6);
	parse("52 01 53", "%U %W %V", 8);
	parse("2009 09", "%G %g", 7);
}

TC(modifiers, "E and O modifiers are ignored")
{
	struct tm tm = parse("2009 02", "%EY %Om", 7);

	ATF_CHECK_EQ(tm.tm_year, 109);
	ATF_CHECK_EQ(tm.tm_mon, 1);
}

TC(null_args, "NULL arguments and unknown conversions give NULL")
{
	struct tm tm;

	ATF_CHECK(strptime(NULL, "%Y", &tm) == NULL);
	ATF_CHECK(strptime("2000", NULL, &tm) == NULL);
	ATF_CHECK(strptime("2000", "%Y", NULL) == NULL);
	fails("x", "%Q");
	fails("x", "%");
}

TC(roundtrip, "strptime(strftime(t)) gives back t, 3000 times")
{
	const char *fmts[] = { "%Y-%m-%d %H:%M:%S", "%c", "%a %d %B %Y %T",
		"%F %r", "%j %Y %H%M%S" };
	uint64_t x = 99;
	char buf[128];

	setenv("TZ", "UTC", 1);
	tzset();
	for (int i = 0; i < 3000; i++) {
		const char *f = fmts[i % 5];
		struct tm a, b;
		time_t t;

		x = x * 6364136223846793005ULL + 1442695040888963407ULL;
		t = (time_t)(x >> 33) % 253402300800LL;
		ATF_REQUIRE(gmtime_r(&t, &a) != NULL);
		ATF_REQUIRE(strftime(buf, sizeof(buf), f, &a) > 0);
		memset(&b, 0, sizeof(b));
		ATF_REQUIRE_MSG(strptime(buf, f, &b) == buf + strlen(buf),
		    "\"%s\" with \"%s\"", buf, f);
		ATF_REQUIRE_EQ_MSG(timegm(&b), t, "\"%s\" with \"%s\"", buf, f);
		ATF_REQUIRE_EQ(b.tm_wday, a.tm_wday);
		ATF_REQUIRE_EQ(b.tm_yday, a.tm_yday);
	}
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, date_ymd);
	ATF_TP_ADD_TC(tp, time_hms);
	ATF_TP_ADD_TC(tp, composite_dates);
	ATF_TP_ADD_TC(tp, month_names);
	ATF_TP_ADD_TC(tp, day_names);
	ATF_TP_ADD_TC(tp, ampm);
	ATF_TP_ADD_TC(tp, two_digit_years);
	ATF_TP_ADD_TC(tp, day_of_year);
	ATF_TP_ADD_TC(tp, epoch_seconds);
	ATF_TP_ADD_TC(tp, whitespace);
	ATF_TP_ADD_TC(tp, literal_text);
	ATF_TP_ADD_TC(tp, range_errors);
	ATF_TP_ADD_TC(tp, field_widths);
	ATF_TP_ADD_TC(tp, zone_offset);
	ATF_TP_ADD_TC(tp, weekday_numbers);
	ATF_TP_ADD_TC(tp, modifiers);
	ATF_TP_ADD_TC(tp, null_args);
	ATF_TP_ADD_TC(tp, roundtrip);
	return atf_no_error();
}
