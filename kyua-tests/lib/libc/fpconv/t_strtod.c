/*
 * t_strtod: strtod, strtof, strtold and atof: syntax (white space,
 * signs, hexadecimal, INF/NAN, end pointer rules), correct rounding at
 * halfway points (including exact ties written with hundreds of digits),
 * the boundaries DBL_MAX, DBL_MIN and DBL_TRUE_MIN, and ERANGE.
 */
#include <atf-c.h>
#include <errno.h>
#include <float.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t
bits(double d)
{
	uint64_t u;

	memcpy(&u, &d, sizeof(u));
	return u;
}

static uint32_t
fbits(float f)
{
	uint32_t u;

	memcpy(&u, &f, sizeof(u));
	return u;
}

/* strtod of s must give exactly want, consume used bytes, set errno. */
static void
chk(int line, const char *s, double want, int used, int err)
{
	char *end;
	double d;

	errno = 0;
	d = strtod(s, &end);
	ATF_CHECK_MSG(bits(d) == bits(want),
	    "line %d: strtod(\"%.60s\") = "
	    "%a, want %a",
	    line, s, d, want);
	ATF_CHECK_MSG(end - s == used,
	    "line %d: strtod(\"%.60s\") used %d "
	    "bytes, want %d",
	    line, s, (int)(end - s), used);
	ATF_CHECK_MSG(errno == err,
	    "line %d: strtod(\"%.60s\"): errno %d, "
	    "want %d",
	    line, s, errno, err);
}

#define D(s, want, used, err) chk(__LINE__, s, want, used, err)
#define DOK(s, want)	      chk(__LINE__, s, want, (int)strlen(s), 0)

/*
 * mult * 2^-n written out exactly in decimal ("0.000...") into a
 * malloc'd string: mult * 5^n with the point n places from the right.
 */
static char *
exact_pow2(unsigned mult, int n)
{
	int cap = n + 32, len = 1, i, k;
	unsigned char *dig = calloc((size_t)cap, 1); /* little-endian */
	char *s = malloc((size_t)cap + 8), *p = s;
	unsigned carry;

	ATF_REQUIRE(dig != NULL && s != NULL);
	dig[0] = 1;
	for (k = 0; k <= n; k++) {
		unsigned m = k < n ? 5 : mult;

		for (i = 0, carry = 0; i < len || carry; i++) {
			carry += dig[i] * m;
			dig[i] = (unsigned char)(carry % 10);
			carry /= 10;
		}
		len = i > len ? i : len;
	}
	*p++ = '0';
	*p++ = '.';
	for (i = n - 1; i >= len; i--)
		*p++ = '0';
	for (i = (len < n ? len : n) - 1; i >= 0; i--)
		*p++ = (char)('0' + dig[i]);
	*p = '\0';
	free(dig);
	return s;
}

ATF_TC_WITHOUT_HEAD(simple);
ATF_TC_BODY(simple, tc)
{
	DOK("0", 0.0);
	DOK("1", 1.0);
	DOK("1.5", 1.5);
	DOK("-2.25", -2.25);
	DOK("+3", 3.0);
	DOK(".5", 0.5);
	DOK("5.", 5.0);
	DOK("1e3", 1000.0);
	DOK("1E+3", 1000.0);
	DOK("25e-2", 0.25);
	DOK("0.1", 0.1);
	DOK("123456789012345678901234567890", 1.2345678901234568e29);
}

ATF_TC_WITHOUT_HEAD(whitespace_and_end);
ATF_TC_BODY(whitespace_and_end, tc)
{
	D("  \t\n\v\f\r-2.5x", -2.5, 11, 0);
	D("12abc", 12.0, 2, 0);
	D("1.5.5", 1.5, 3, 0);
	D("7 8", 7.0, 1, 0);
	D("1e", 1.0, 1, 0);
	D("1e+", 1.0, 1, 0);
	D("1e-x", 1.0, 1, 0);
	D("2E5z", 2e5, 3, 0);
}

ATF_TC_WITHOUT_HEAD(no_digits);
ATF_TC_BODY(no_digits, tc)
{
	D("", 0.0, 0, 0);
	D("abc", 0.0, 0, 0);
	D("-", 0.0, 0, 0);
	D("+.", 0.0, 0, 0);
	D("   .e5", 0.0, 0, 0);
	D("e5", 0.0, 0, 0);
	D("  ", 0.0, 0, 0);
}

ATF_TC_WITHOUT_HEAD(null_endptr);
ATF_TC_BODY(null_endptr, tc)
{
	ATF_CHECK(strtod("4.5", NULL) == 4.5);
	ATF_CHECK(strtof("4.5", NULL) == 4.5f);
	ATF_CHECK(strtold("4.5", NULL) == 4.5L);
}

ATF_TC_WITHOUT_HEAD(negative_zero);
ATF_TC_BODY(negative_zero, tc)
{
	DOK("-0", -0.0);
	DOK("-0.000e10", -0.0);
	DOK("-0x0p0", -0.0);
	ATF_CHECK_EQ(bits(strtod("-0", NULL)), 0x8000000000000000ULL);
}

ATF_TC_WITHOUT_HEAD(hex);
ATF_TC_BODY(hex, tc)
{
	DOK("0x1p0", 1.0);
	DOK("0x1.8p3", 12.0);
	DOK("0X10", 16.0);
	DOK("0x.8", 0.5);
	DOK("-0xA.8P-1", -5.25);
	DOK("0x1.fffffffffffffp1023", DBL_MAX);
	DOK("0x1p-1022", DBL_MIN);
	DOK("0x1p-1074", 0x1p-1074); /* exact: no ERANGE */
	D("0x", 0.0, 1, 0);
	D("0xg", 0.0, 1, 0);
	D("0x1p", 1.0, 3, 0);
	D("0x1.p+", 1.0, 4, 0);
}

ATF_TC_WITHOUT_HEAD(hex_rounding);
ATF_TC_BODY(hex_rounding, tc)
{
	/* 1 + 2^-53 is a tie: even is 1; 1 + 3 * 2^-53 rounds up */
	DOK("0x1.00000000000008p0", 1.0);
	DOK("0x1.00000000000018p0", 0x1.0000000000002p0);
	DOK("0x1.000000000000080000000000000000000000000001p0",
	    0x1.0000000000001p0);
	DOK("0x1.fffffffffffff8p0", 2.0);
	D("0x1.fffffffffffff8p1023", __builtin_inf(), 23, ERANGE);
	D("0x1p-1075", 0.0, 9, ERANGE);
	D("0x1.0000000000001p-1075", 0x1p-1074, 23, ERANGE);
	D("0x3p-1076", 0x1p-1074, 9, ERANGE); /* 0.75 min: up */
}

ATF_TC_WITHOUT_HEAD(infinity);
ATF_TC_BODY(infinity, tc)
{
	double inf = __builtin_inf();

	D("inf", inf, 3, 0);
	D("INF", inf, 3, 0);
	D("-Inf", -inf, 4, 0);
	D("infinity", inf, 8, 0);
	D("  +InFiNiTy!", inf, 11, 0);
	D("infinit", inf, 3, 0);
	D("infx", inf, 3, 0);
	D("in", 0.0, 0, 0);
}

ATF_TC_WITHOUT_HEAD(nan);
ATF_TC_BODY(nan, tc)
{
	char *end;
	double d;

	d = strtod("nan", &end);
	ATF_CHECK(d != d);
	ATF_CHECK_EQ(*end, '\0');
	d = strtod("-NaN", &end);
	ATF_CHECK(d != d);
	ATF_CHECK(bits(d) >> 63);
	d = strtod("nan(abc_12)x", &end);
	ATF_CHECK(d != d);
	ATF_CHECK_STREQ(end, "x");
	d = strtod("nan(", &end);
	ATF_CHECK(d != d);
	ATF_CHECK_STREQ(end, "(");
	d = strtod("nan(1 2)", &end);
	ATF_CHECK_STREQ(end, "(1 2)");
	d = strtod("nan(0x7b)", &end);
	ATF_CHECK_EQ(bits(d) & 0xfff, 0x7b);
	ATF_CHECK(strtof("NAN", NULL) != strtof("NAN", NULL));
	ATF_CHECK(strtold("nan", NULL) != strtold("nan", NULL));
}

ATF_TC_WITHOUT_HEAD(halfway_integers);
ATF_TC_BODY(halfway_integers, tc)
{
	/* above 2^53 doubles are 2 apart: odd integers are ties */
	DOK("9007199254740993", 9007199254740992.0);
	DOK("9007199254740995", 9007199254740996.0);
	DOK("9007199254740993.0000000000000000000000001", 9007199254740994.0);
	DOK("9007199254740992.9999999999999999999999999", 9007199254740992.0);
	DOK("9007199254740993e0", 9007199254740992.0);
	DOK("90071992547409930e-1", 9007199254740992.0);
}

ATF_TC_WITHOUT_HEAD(seventeen_digits);
ATF_TC_BODY(seventeen_digits, tc)
{
	DOK("0.10000000000000001", 0.1);
	DOK("0.30000000000000004", 0x1.3333333333334p-2);
	DOK("2.2250738585072014e-308", DBL_MIN);
	DOK("1.7976931348623157e308", DBL_MAX);
	D("9.8813129168249309e-324", 0x1p-1073, 23, ERANGE);
	DOK("3.1415926535897931", 0x1.921fb54442d18p+1);
	DOK("2.7182818284590451", 0x1.5bf0a8b145769p+1);
}

ATF_TC_WITHOUT_HEAD(long_inputs);
ATF_TC_BODY(long_inputs, tc)
{
	char s[1200];

	/* 0.1 followed by 800 zeros and a 1 */
	strcpy(s, "0.1");
	memset(s + 3, '0', 800);
	strcpy(s + 803, "1");
	DOK(s, 0.1);
	/* 1000 leading zeros */
	memset(s, '0', 1000);
	strcpy(s + 1000, "1.5");
	DOK(s, 1.5);
	/* 1 followed by 400 zeros, scaled back down */
	s[0] = '1';
	memset(s + 1, '0', 400);
	strcpy(s + 401, "e-400");
	DOK(s, 1.0);
	/* a point and 500 zeros before the digits */
	strcpy(s, "0.");
	memset(s + 2, '0', 500);
	strcpy(s + 502, "25e501");
	DOK(s, 2.5);
}

ATF_TC_WITHOUT_HEAD(exact_ties_subnormal);
ATF_TC_BODY(exact_ties_subnormal, tc)
{
	char *s, *t;
	size_t n;

	/* 2^-1075, half of DBL_TRUE_MIN: a tie that goes to even, 0 */
	s = exact_pow2(1, 1075);
	D(s, 0.0, (int)strlen(s), ERANGE);
	/* anything above it rounds up */
	n = strlen(s);
	t = malloc(n + 2);
	strcpy(t, s);
	strcpy(t + n, "1");
	D(t, 0x1p-1074, (int)n + 1, ERANGE);
	free(t);
	free(s);
	/* 3 * 2^-1075 lies between 1 and 2 times DBL_TRUE_MIN: even is 2 */
	s = exact_pow2(3, 1075);
	D(s, 0x1p-1073, (int)strlen(s), ERANGE);
	free(s);
	/* 5 * 2^-1075: between 2 and 3 minima, even is 2 */
	s = exact_pow2(5, 1075);
	D(s, 0x1p-1073, (int)strlen(s), ERANGE);
	free(s);
}

ATF_TC_WITHOUT_HEAD(exact_ties_normal);
ATF_TC_BODY(exact_ties_normal, tc)
{
	char *s;

	/* DBL_MIN + half an ulp: (2^53 + 1) * 2^-1075, tie -> DBL_MIN */
	s = exact_pow2(1, 1075);
	free(s);
	/* 1 + 2^-53 (exactly, with all its digits): tie, goes to 1 */
	s = exact_pow2(1, 53);
	s[0] = '1';
	DOK(s, 1.0);
	free(s);
	/* 1 + 3 * 2^-53: tie between 1 + 2^-52 and 1 + 2^-51: even up */
	s = exact_pow2(3, 53);
	s[0] = '1';
	DOK(s, 1.0 + 0x1p-51);
	free(s);
}

ATF_TC_WITHOUT_HEAD(dbl_max_boundary);
ATF_TC_BODY(dbl_max_boundary, tc)
{
	double inf = __builtin_inf();

	DOK("1.7976931348623158e308", DBL_MAX);
	/* the halfway point to 2^1024 is 1.797693134862315807937e308 */
	DOK("1.797693134862315807937e308", DBL_MAX);
	D("1.797693134862315807938e308", inf, 27, ERANGE);
	D("1.7976931348623159e308", inf, 22, ERANGE);
	D("1e309", inf, 5, ERANGE);
	D("-1e309", -inf, 6, ERANGE);
	D("1e99999999999999999999", inf, 22, ERANGE);
}

ATF_TC_WITHOUT_HEAD(dbl_min_boundary);
ATF_TC_BODY(dbl_min_boundary, tc)
{
	DOK("2.2250738585072014e-308", DBL_MIN);
	/* just below DBL_MIN: the largest subnormal, inexact: ERANGE */
	D("2.2250738585072009e-308", 0x0.fffffffffffffp-1022, 23, ERANGE);
	/* 2.2250738585072011e-308 lies nearer the largest subnormal */
	D("2.2250738585072011e-308", 0x0.fffffffffffffp-1022, 23, ERANGE);
	D("2.2250738585072012e-308", DBL_MIN, 23, ERANGE);
}

ATF_TC_WITHOUT_HEAD(dbl_true_min_boundary);
ATF_TC_BODY(dbl_true_min_boundary, tc)
{
	D("4.9406564584124654e-324", 0x1p-1074, 23, ERANGE);
	D("4.9e-324", 0x1p-1074, 8, ERANGE);
	D("2.4703282292062328e-324", 0x1p-1074, 23, ERANGE);
	D("2.4703282292062327e-324", 0.0, 23, ERANGE);
	D("1e-400", 0.0, 6, ERANGE);
	D("-1e-400", -0.0, 7, ERANGE);
	D("1e-99999999999999999999", 0.0, 23, ERANGE);
	/* exact subnormals set no ERANGE */
	DOK("0x1p-1074", 0x1p-1074);
	DOK("0x1.8p-1073", 0x1.8p-1073);
}

ATF_TC_WITHOUT_HEAD(zero_with_huge_exponent);
ATF_TC_BODY(zero_with_huge_exponent, tc)
{
	DOK("0e999999999999", 0.0);
	DOK("0.000e-99999", 0.0);
	DOK("0x0p99999", 0.0);
}

ATF_TC_WITHOUT_HEAD(errno_untouched);
ATF_TC_BODY(errno_untouched, tc)
{
	errno = 12345;
	(void)strtod("1.5", NULL);
	ATF_CHECK_EQ(errno, 12345);
	errno = 12345;
	(void)strtod("xyz", NULL);
	ATF_CHECK_EQ(errno, 12345);
}

ATF_TC_WITHOUT_HEAD(strtof_rounding);
ATF_TC_BODY(strtof_rounding, tc)
{
	char *end;

	ATF_CHECK_EQ(fbits(strtof("0.1", NULL)), 0x3dcccccd);
	ATF_CHECK(strtof("16777217", NULL) == 16777216.0f);
	ATF_CHECK(strtof("16777219", NULL) == 16777220.0f);
	ATF_CHECK(strtof("16777217.000000001", NULL) == 16777218.0f);
	/* one double rounding trap: the float nearest 1.00000005960464477
	 * is 1 + 2^-23, not 1 */
	ATF_CHECK(
	    strtof("1.000000059604644775390626", NULL) == 1.0f + 0x1p-23f);
	ATF_CHECK(strtof("1.000000059604644775390625", NULL) == 1.0f);
	ATF_CHECK(strtof("3.4028234663852886e38", NULL) == FLT_MAX);
	errno = 0;
	ATF_CHECK(strtof("3.4028236e38", &end) == __builtin_inff());
	ATF_CHECK_EQ(errno, ERANGE);
	errno = 0;
	ATF_CHECK(strtof("1.4e-45", NULL) == 0x1p-149f);
	ATF_CHECK_EQ(errno, ERANGE);
	errno = 0;
	ATF_CHECK(strtof("7e-46", NULL) == 0.0f);
	ATF_CHECK_EQ(errno, ERANGE);
	ATF_CHECK(strtof("0x1.fffffep127", NULL) == FLT_MAX);
}

ATF_TC_WITHOUT_HEAD(strtold_values);
ATF_TC_BODY(strtold_values, tc)
{
	ATF_CHECK(strtold("0.1", NULL) == 0xc.ccccccccccccccdp-7L);
	ATF_CHECK(strtold("0.1", NULL) != (long double)0.1);
	ATF_CHECK(strtold("1.18973149535723176502e+4932", NULL) == LDBL_MAX);
	ATF_CHECK(strtold("0x1p-16445", NULL) == LDBL_TRUE_MIN);
	ATF_CHECK(
	    strtold("3.64519953188247460253e-4951", NULL) == LDBL_TRUE_MIN);
	ATF_CHECK(strtold("3.3621031431120935063e-4932", NULL) == LDBL_MIN);
	/* 2^64 + 1 is a tie between 2^64 and 2^64 + 2: even is 2^64 */
	ATF_CHECK(strtold("18446744073709551617", NULL) == 0x1p64L);
	ATF_CHECK(strtold("18446744073709551619", NULL) == 0x1p64L + 4);
	ATF_CHECK(strtold("9007199254740993", NULL) == 9007199254740993.0L);
}

ATF_TC_WITHOUT_HEAD(strtold_range);
ATF_TC_BODY(strtold_range, tc)
{
	errno = 0;
	ATF_CHECK(strtold("1e4933", NULL) == __builtin_infl());
	ATF_CHECK_EQ(errno, ERANGE);
	errno = 0;
	ATF_CHECK(strtold("-1e5000", NULL) == -__builtin_infl());
	ATF_CHECK_EQ(errno, ERANGE);
	errno = 0;
	ATF_CHECK(strtold("1e-5000", NULL) == 0.0L);
	ATF_CHECK_EQ(errno, ERANGE);
	errno = 0;
	ATF_CHECK(strtold("1e-4940", NULL) > 0.0L);
	ATF_CHECK_EQ(errno, ERANGE);
	errno = 0;
	ATF_CHECK(strtold("1e4000", NULL) > 1e308L);
	ATF_CHECK_EQ(errno, 0);
}

ATF_TC_WITHOUT_HEAD(strtold_long_tie);
ATF_TC_BODY(strtold_long_tie, tc)
{
	char *s;

	/* half of LDBL_TRUE_MIN written out: 11,5xx digits, tie -> 0 */
	s = exact_pow2(1, 16446);
	errno = 0;
	ATF_CHECK(strtold(s, NULL) == 0.0L);
	ATF_CHECK_EQ(errno, ERANGE);
	free(s);
	/* three halves: tie between 1 and 2 minima, even is 2 */
	s = exact_pow2(3, 16446);
	ATF_CHECK(strtold(s, NULL) == 2 * LDBL_TRUE_MIN);
	free(s);
}

ATF_TC_WITHOUT_HEAD(atof_basic);
ATF_TC_BODY(atof_basic, tc)
{
	ATF_CHECK(atof("3.5") == 3.5);
	ATF_CHECK(atof("  -1e2xyz") == -100.0);
	ATF_CHECK(atof("junk") == 0.0);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, simple);
	ATF_TP_ADD_TC(tp, whitespace_and_end);
	ATF_TP_ADD_TC(tp, no_digits);
	ATF_TP_ADD_TC(tp, null_endptr);
	ATF_TP_ADD_TC(tp, negative_zero);
	ATF_TP_ADD_TC(tp, hex);
	ATF_TP_ADD_TC(tp, hex_rounding);
	ATF_TP_ADD_TC(tp, infinity);
	ATF_TP_ADD_TC(tp, nan);
	ATF_TP_ADD_TC(tp, halfway_integers);
	ATF_TP_ADD_TC(tp, seventeen_digits);
	ATF_TP_ADD_TC(tp, long_inputs);
	ATF_TP_ADD_TC(tp, exact_ties_subnormal);
	ATF_TP_ADD_TC(tp, exact_ties_normal);
	ATF_TP_ADD_TC(tp, dbl_max_boundary);
	ATF_TP_ADD_TC(tp, dbl_min_boundary);
	ATF_TP_ADD_TC(tp, dbl_true_min_boundary);
	ATF_TP_ADD_TC(tp, zero_with_huge_exponent);
	ATF_TP_ADD_TC(tp, errno_untouched);
	ATF_TP_ADD_TC(tp, strtof_rounding);
	ATF_TP_ADD_TC(tp, strtold_values);
	ATF_TP_ADD_TC(tp, strtold_range);
	ATF_TP_ADD_TC(tp, strtold_long_tie);
	ATF_TP_ADD_TC(tp, atof_basic);
	return atf_no_error();
}
