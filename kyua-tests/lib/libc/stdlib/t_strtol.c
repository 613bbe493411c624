/*
 * t_strtol: the strtol family and its wide twins: bases 0 and 2..36,
 * prefixes, signs, white space, saturation with ERANGE, EINVAL for bad
 * bases, endptr rules; atoi/atol/atoll; abs and div.
 */
#include <atf-c.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <wchar.h>

#include "h_tc.h"

/* Check value, errno and the number of characters consumed. */
#define CHECK_L(str, base, val, err, used)                                     \
	do {                                                                   \
		const char *s_ = (str);                                        \
		char *e_;                                                      \
		errno = 0;                                                     \
		ATF_CHECK_EQ_MSG(strtol(s_, &e_, base), val,                   \
		    "strtol(\"%s\", %d)", s_, base);                           \
		ATF_CHECK_EQ_MSG(errno, err, "errno for \"%s\"", s_);          \
		ATF_CHECK_EQ_MSG(e_ - s_, used, "end for \"%s\"", s_);         \
	} while (0)

TC(strtol_bases,
    "decimal, octal, hex with and without prefix, base 2 "
    "and 36")
{
	CHECK_L("12345", 10, 12345L, 0, 5);
	CHECK_L("0x1f", 0, 31L, 0, 4);
	CHECK_L("0X1F", 16, 31L, 0, 4);
	CHECK_L("1f", 16, 31L, 0, 2);
	CHECK_L("0755", 0, 493L, 0, 4);
	CHECK_L("0755", 10, 755L, 0, 4);
	CHECK_L("101101", 2, 45L, 0, 6);
	CHECK_L("zz", 36, 1295L, 0, 2);
	CHECK_L("ZZ", 36, 1295L, 0, 2);
	CHECK_L("789", 8, 7L, 0, 1);
	CHECK_L("0", 0, 0L, 0, 1);
}

TC(strtol_signs_space, "leading white space and one sign are accepted")
{
	CHECK_L("  \t\n-42", 10, -42L, 0, 7);
	CHECK_L("+42", 10, 42L, 0, 3);
	CHECK_L("-0x10", 0, -16L, 0, 5);
	CHECK_L("--1", 10, 0L, 0, 0);
	CHECK_L("+-1", 10, 0L, 0, 0);
	CHECK_L("- 1", 10, 0L, 0, 0);
}

TC(strtol_no_digits, "no digits: 0 returned and endptr is the start")
{
	CHECK_L("", 10, 0L, 0, 0);
	CHECK_L("   ", 10, 0L, 0, 0);
	CHECK_L("abc", 10, 0L, 0, 0);
	CHECK_L("-", 10, 0L, 0, 0);
}

TC(strtol_hex_prefix_alone,
    "\"0x\" with no hex digit after it parses as "
    "0 ending at the x")
{
	CHECK_L("0x", 16, 0L, 0, 1);
	CHECK_L("0xg", 0, 0L, 0, 1);
	CHECK_L("0x", 0, 0L, 0, 1);
	CHECK_L("0b101", 0, 0L, 0, 1);
}

TC(strtol_range,
    "overflow saturates to LONG_MAX/LONG_MIN with ERANGE; "
    "the extremes themselves are fine")
{
	CHECK_L("9223372036854775807", 10, LONG_MAX, 0, 19);
	CHECK_L("-9223372036854775808", 10, LONG_MIN, 0, 20);
	CHECK_L("9223372036854775808", 10, LONG_MAX, ERANGE, 19);
	CHECK_L("-9223372036854775809", 10, LONG_MIN, ERANGE, 20);
	CHECK_L("99999999999999999999999999", 10, LONG_MAX, ERANGE, 26);
	CHECK_L("0x8000000000000000", 0, LONG_MAX, ERANGE, 18);
	CHECK_L("-0x8000000000000000", 0, LONG_MIN, 0, 19);
}

TC(strtol_bad_base, "bases 1, 37 and negative give EINVAL")
{
	char *e;
	const char *s = "123";

	errno = 0;
	ATF_CHECK_EQ(strtol(s, &e, 1), 0);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK(e == s);
	errno = 0;
	ATF_CHECK_EQ(strtoul(s, NULL, 37), 0);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(strtoll(s, NULL, -2), 0);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(strtoul_family,
    "strtoul/strtoull: full range, negation wraps, "
    "overflow saturates")
{
	char *e;

	errno = 0;
	ATF_CHECK_EQ(strtoul("18446744073709551615", &e, 10), ULONG_MAX);
	ATF_CHECK_EQ(errno, 0);
	ATF_CHECK_EQ(strtoul("18446744073709551616", NULL, 10), ULONG_MAX);
	ATF_CHECK_EQ(errno, ERANGE);
	errno = 0;
	ATF_CHECK_EQ(strtoul("-1", NULL, 10), ULONG_MAX);
	ATF_CHECK_EQ(errno, 0);
	ATF_CHECK_EQ(strtoull("-2", NULL, 0), ULLONG_MAX - 1);
	ATF_CHECK_EQ(strtoull("0xffffffffffffffff", NULL, 16), ULLONG_MAX);
	ATF_CHECK_EQ(strtoull(" 077", NULL, 0), 63ULL);
}

TC(strtoll_imax_q,
    "strtoll, strtoimax, strtoumax, strtoq and strtouq "
    "agree on 64-bit limits")
{
	errno = 0;
	ATF_CHECK_EQ(strtoll("-9223372036854775808", NULL, 10), LLONG_MIN);
	ATF_CHECK_EQ(strtoimax("9223372036854775807", NULL, 10), INTMAX_MAX);
	ATF_CHECK_EQ(errno, 0);
	ATF_CHECK_EQ(strtoimax("9223372036854775808", NULL, 10), INTMAX_MAX);
	ATF_CHECK_EQ(errno, ERANGE);
	errno = 0;
	ATF_CHECK_EQ(strtoumax("777", NULL, 8), 511U);
	ATF_CHECK_EQ(
	    strtoq("-0x7fffffffffffffff", NULL, 0), -0x7fffffffffffffffLL);
	ATF_CHECK_EQ(strtouq("12", NULL, 3), 5U);
	ATF_CHECK_EQ(errno, 0);
}

TC(wcstol_family, "the wide versions parse like the byte versions")
{
	wchar_t *e;
	const wchar_t *s = L"  -0x1Az";

	errno = 0;
	ATF_CHECK_EQ(wcstol(s, &e, 0), -26L);
	ATF_CHECK(e == s + 7);
	ATF_CHECK_EQ(wcstoul(L"ff", NULL, 16), 255UL);
	ATF_CHECK_EQ(wcstoll(L"-9223372036854775809", NULL, 10), LLONG_MIN);
	ATF_CHECK_EQ(errno, ERANGE);
	errno = 0;
	ATF_CHECK_EQ(wcstoull(L"42", NULL, 10), 42ULL);
	ATF_CHECK_EQ(wcstoimax(L"-5", NULL, 10), -5);
	ATF_CHECK_EQ(wcstoumax(L"11", NULL, 2), 3U);
	ATF_CHECK_EQ(errno, 0);
	ATF_CHECK_EQ(wcstol(L"\x3000"
			    L"12",
			 &e, 10),
	    0L);
	ATF_REQUIRE(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
	ATF_CHECK_EQ(wcstol(L"\x3000"
			    L"12",
			 &e, 10),
	    12L);
}

TC(atoi_family, "atoi, atol and atoll convert decimal prefixes")
{
	ATF_CHECK_EQ(atoi("  -123abc"), -123);
	ATF_CHECK_EQ(atoi("0x10"), 0);
	ATF_CHECK_EQ(atol("2147483648"), 2147483648L);
	ATF_CHECK_EQ(atoll("-9000000000"), -9000000000LL);
	ATF_CHECK_EQ(atoi(""), 0);
}

TC(abs_div,
    "abs, labs, llabs, imaxabs and the div family truncate "
    "toward zero")
{
	div_t d;
	ldiv_t ld;
	lldiv_t lld;
	imaxdiv_t id;

	ATF_CHECK_EQ(abs(-5), 5);
	ATF_CHECK_EQ(abs(7), 7);
	ATF_CHECK_EQ(labs(-5000000000L), 5000000000L);
	ATF_CHECK_EQ(llabs(-1LL), 1LL);
	ATF_CHECK_EQ(imaxabs(-INTMAX_MAX), INTMAX_MAX);
	d = div(-7, 2);
	ATF_CHECK(d.quot == -3 && d.rem == -1);
	d = div(7, -2);
	ATF_CHECK(d.quot == -3 && d.rem == 1);
	ld = ldiv(100000000000L, 7);
	ATF_CHECK(ld.quot == 14285714285L && ld.rem == 5);
	lld = lldiv(-9, 3);
	ATF_CHECK(lld.quot == -3 && lld.rem == 0);
	id = imaxdiv(INTMAX_MAX, 10);
	ATF_CHECK(id.quot == INTMAX_MAX / 10 && id.rem == 7);
}

TC(strtol_every_base,
    "for every base 2..36 the digits of a number "
    "written out here convert back, in upper and lower case")
{
	const char *dig = "0123456789abcdefghijklmnopqrstuvwxyz";
	char buf[80], *e;
	long v = 987654321, r;
	int base, i, len;

	for (base = 2; base <= 36; base++) {
		char tmp[80];

		len = 0;
		for (r = v; r > 0; r /= base)
			tmp[len++] = dig[r % base];
		for (i = 0; i < len; i++)
			buf[i] = tmp[len - 1 - i];
		buf[len] = '\0';
		ATF_CHECK_EQ_MSG(strtol(buf, &e, base), v, "base %d", base);
		ATF_CHECK_EQ(*e, '\0');
		for (i = 0; i < len; i++)
			if (buf[i] >= 'a')
				buf[i] = (char)(buf[i] - 32);
		ATF_CHECK_EQ_MSG(strtol(buf, NULL, base), v, "base %d", base);
		buf[len] = dig[base];
		buf[len + 1] = '\0';
		ATF_CHECK_EQ_MSG(strtol(buf, &e, base), v,
		    "base %d stops at digit %c", base, dig[base]);
		ATF_CHECK_EQ(e - buf, len);
	}
}

TC(wcstod_family,
    "wcstod, wcstof and wcstold parse like strtod and map "
    "the end pointer back to the wide string")
{
	const wchar_t *s = L"  -1.5e3xyz";
	wchar_t *e;
	wchar_t big[300];
	int i;

	ATF_CHECK(wcstod(s, &e) == -1500.0);
	ATF_CHECK(e == s + 8);
	ATF_CHECK(wcstof(L"0x1.8p1", &e) == 3.0f);
	ATF_CHECK_EQ(*e, L'\0');
	ATF_CHECK(wcstold(L"0.25", NULL) == 0.25L);
	s = L"nothing";
	ATF_CHECK(wcstod(s, &e) == 0.0);
	ATF_CHECK(e == s);
	s = L"12\x00e9";
	ATF_CHECK(wcstod(s, &e) == 12.0);
	ATF_CHECK(e == s + 2);
	errno = 0;
	ATF_CHECK(wcstod(L"1e999", NULL) > 1e308);
	ATF_CHECK_EQ(errno, ERANGE);
	ATF_CHECK(wcstod(L"-inf", NULL) < -1e308);
	ATF_CHECK(wcstod(L"nan", &e) != wcstod(L"nan", &e));
	/* A number longer than the small buffer. */
	big[0] = L'0';
	big[1] = L'.';
	for (i = 2; i < 298; i++)
		big[i] = L'5';
	big[298] = L'!';
	big[299] = L'\0';
	ATF_CHECK(wcstod(big, &e) > 0.55 && wcstod(big, &e) < 0.56);
	ATF_CHECK(e == big + 298);
	ATF_REQUIRE(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
	s = L"\x3000 7.5";
	ATF_CHECK(wcstod(s, &e) == 7.5);
	ATF_CHECK(e == s + 5);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, strtol_bases);
	ATF_TP_ADD_TC(tp, strtol_signs_space);
	ATF_TP_ADD_TC(tp, strtol_no_digits);
	ATF_TP_ADD_TC(tp, strtol_hex_prefix_alone);
	ATF_TP_ADD_TC(tp, strtol_range);
	ATF_TP_ADD_TC(tp, strtol_bad_base);
	ATF_TP_ADD_TC(tp, strtoul_family);
	ATF_TP_ADD_TC(tp, strtoll_imax_q);
	ATF_TP_ADD_TC(tp, wcstol_family);
	ATF_TP_ADD_TC(tp, atoi_family);
	ATF_TP_ADD_TC(tp, abs_div);
	ATF_TP_ADD_TC(tp, strtol_every_base);
	ATF_TP_ADD_TC(tp, wcstod_family);
	return atf_no_error();
}
