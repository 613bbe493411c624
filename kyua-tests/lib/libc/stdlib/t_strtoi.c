/*
 * t_strtoi: NetBSD's strtoi and strtou: clamping to [lo, hi] and the
 * status codes ECANCELED, ENOTSUP, ERANGE and EINVAL, errno untouched.
 */
#include <atf-c.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "h_tc.h"

TC(strtoi_ok, "a number within range gives status 0")
{
	int st = -1;
	char *e;

	errno = 99;
	ATF_CHECK_EQ(strtoi("  42", &e, 10, 0, 100, &st), 42);
	ATF_CHECK_EQ(st, 0);
	ATF_CHECK_EQ(*e, '\0');
	ATF_CHECK_EQ(errno, 99);
	ATF_CHECK_EQ(strtoi("-0x10", NULL, 0, -100, 100, &st), -16);
	ATF_CHECK_EQ(st, 0);
}

TC(strtoi_clamp, "values outside [lo, hi] clamp with ERANGE")
{
	int st;

	ATF_CHECK_EQ(strtoi("500", NULL, 10, 0, 100, &st), 100);
	ATF_CHECK_EQ(st, ERANGE);
	ATF_CHECK_EQ(strtoi("-5", NULL, 10, 0, 100, &st), 0);
	ATF_CHECK_EQ(st, ERANGE);
	ATF_CHECK_EQ(strtoi("99999999999999999999", NULL, 10, INTMAX_MIN,
			 INTMAX_MAX, &st),
	    INTMAX_MAX);
	ATF_CHECK_EQ(st, ERANGE);
}

TC(strtoi_statuses,
    "no digits is ECANCELED, trailing text ENOTSUP, a "
    "bad base EINVAL; a NULL status pointer is allowed")
{
	int st;
	char *e;
	const char *s = "xyz";

	ATF_CHECK_EQ(strtoi(s, &e, 10, 0, 10, &st), 0);
	ATF_CHECK_EQ(st, ECANCELED);
	ATF_CHECK(e == s);
	ATF_CHECK_EQ(strtoi("7up", &e, 10, 0, 10, &st), 7);
	ATF_CHECK_EQ(st, ENOTSUP);
	ATF_CHECK_EQ(*e, 'u');
	ATF_CHECK_EQ(strtoi("7", NULL, 99, 0, 10, &st), 0);
	ATF_CHECK_EQ(st, EINVAL);
	ATF_CHECK_EQ(strtoi("12x", NULL, 10, 0, 5, &st), 5);
	ATF_CHECK_EQ(st, ERANGE);
	ATF_CHECK_EQ(strtoi("3", NULL, 10, 0, 5, NULL), 3);
}

TC(strtou_cases, "strtou clamps and reports like strtoi")
{
	int st;

	errno = 0;
	ATF_CHECK_EQ(
	    strtou("18446744073709551615", NULL, 10, 0, UINTMAX_MAX, &st),
	    UINTMAX_MAX);
	ATF_CHECK_EQ(st, 0);
	ATF_CHECK_EQ(strtou("300", NULL, 10, 1, 255, &st), 255);
	ATF_CHECK_EQ(st, ERANGE);
	ATF_CHECK_EQ(strtou("0", NULL, 10, 1, 255, &st), 1);
	ATF_CHECK_EQ(st, ERANGE);
	ATF_CHECK_EQ(strtou("", NULL, 10, 1, 255, &st), 1);
	ATF_CHECK_EQ(st, ECANCELED);
	ATF_CHECK_EQ(strtou("12 ", NULL, 10, 0, 255, &st), 12);
	ATF_CHECK_EQ(st, ENOTSUP);
	ATF_CHECK_EQ(errno, 0);
}

TC(strtonum_cases, "strtonum: range checks and its error strings")
{
	const char *err = "unset";

	ATF_CHECK_EQ(strtonum("42", 0, 100, &err), 42);
	ATF_CHECK(err == NULL);
	ATF_CHECK_EQ(strtonum("-5", -10, 10, &err), -5);
	ATF_CHECK(err == NULL);
	errno = 0;
	ATF_CHECK_EQ(strtonum("101", 0, 100, &err), 0);
	ATF_CHECK_STREQ(err, "too large");
	ATF_CHECK_EQ(errno, ERANGE);
	ATF_CHECK_EQ(strtonum("-1", 0, 100, &err), 0);
	ATF_CHECK_STREQ(err, "too small");
	ATF_CHECK_EQ(strtonum("99999999999999999999", 0, 100, &err), 0);
	ATF_CHECK_STREQ(err, "too large");
	ATF_CHECK_EQ(strtonum("-99999999999999999999", 0, 100, &err), 0);
	ATF_CHECK_STREQ(err, "too small");
	errno = 0;
	ATF_CHECK_EQ(strtonum("12x", 0, 100, &err), 0);
	ATF_CHECK_STREQ(err, "invalid");
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(strtonum("", 0, 100, &err), 0);
	ATF_CHECK_STREQ(err, "invalid");
	ATF_CHECK_EQ(strtonum("5", 10, 0, &err), 0);
	ATF_CHECK_STREQ(err, "invalid");
	ATF_CHECK_EQ(strtonum("0x10", 0, 100, &err), 0);
	ATF_CHECK_STREQ(err, "invalid");
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, strtoi_ok);
	ATF_TP_ADD_TC(tp, strtoi_clamp);
	ATF_TP_ADD_TC(tp, strtoi_statuses);
	ATF_TP_ADD_TC(tp, strtou_cases);
	ATF_TP_ADD_TC(tp, strtonum_cases);
	return atf_no_error();
}
