/*
 * t_scanf: the scanf family: integer and floating conversions, %s %c %[
 * scansets, %n, %*, widths, length modifiers, positional arguments,
 * return values (counts, 0 on a matching failure, EOF on input failure
 * before the first conversion) and the pushback of the byte that ends a
 * field.
 */
#include <atf-c.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

ATF_TC_WITHOUT_HEAD(d_basic);
ATF_TC_BODY(d_basic, tc)
{
	int a = 0, b = 0, c = 0;

	ATF_CHECK_EQ(sscanf("12 -34 +56", "%d %d %d", &a, &b, &c), 3);
	ATF_CHECK_EQ(a, 12);
	ATF_CHECK_EQ(b, -34);
	ATF_CHECK_EQ(c, 56);
	ATF_CHECK_EQ(sscanf("  \n\t 7", "%d", &a), 1);
	ATF_CHECK_EQ(a, 7);
	ATF_CHECK_EQ(sscanf("2147483647", "%d", &a), 1);
	ATF_CHECK_EQ(a, 2147483647);
	ATF_CHECK_EQ(sscanf("-2147483648", "%d", &a), 1);
	ATF_CHECK_EQ(a, -2147483647 - 1);
}

ATF_TC_WITHOUT_HEAD(i_bases);
ATF_TC_BODY(i_bases, tc)
{
	int a, b, c, d;

	ATF_CHECK_EQ(
	    sscanf("10 010 0x10 -0X1f", "%i %i %i %i", &a, &b, &c, &d), 4);
	ATF_CHECK_EQ(a, 10);
	ATF_CHECK_EQ(b, 8);
	ATF_CHECK_EQ(c, 16);
	ATF_CHECK_EQ(d, -31);
	ATF_CHECK_EQ(sscanf("09", "%i%d", &a, &b), 2); /* 0, then 9 */
	ATF_CHECK_EQ(a, 0);
	ATF_CHECK_EQ(b, 9);
}

ATF_TC_WITHOUT_HEAD(unsigned_oct_hex);
ATF_TC_BODY(unsigned_oct_hex, tc)
{
	unsigned u, o, x, X;

	ATF_CHECK_EQ(
	    sscanf("4294967295 777 ff 0xAB", "%u %o %x %X", &u, &o, &x, &X), 4);
	ATF_CHECK_EQ(u, 4294967295U);
	ATF_CHECK_EQ(o, 0777);
	ATF_CHECK_EQ(x, 0xff);
	ATF_CHECK_EQ(X, 0xab);
	ATF_CHECK_EQ(sscanf("-1", "%u", &u), 1);
	ATF_CHECK_EQ(u, 4294967295U);
	ATF_CHECK_EQ(sscanf("1238", "%o", &o), 1); /* stops at 8 */
	ATF_CHECK_EQ(o, 0123);
}

ATF_TC_WITHOUT_HEAD(length_modifiers);
ATF_TC_BODY(length_modifiers, tc)
{
	signed char hh;
	short h;
	long l;
	long long ll;
	intmax_t j;
	size_t z;
	ptrdiff_t t;
	unsigned long long ull;

	ATF_CHECK_EQ(
	    sscanf("-5 -300 -70000 -9000000000 42 7 -3",
		"%hhd %hd %ld %lld %jd %zu %td", &hh, &h, &l, &ll, &j, &z, &t),
	    7);
	ATF_CHECK_EQ(hh, -5);
	ATF_CHECK_EQ(h, -300);
	ATF_CHECK_EQ(l, -70000);
	ATF_CHECK_EQ(ll, -9000000000LL);
	ATF_CHECK_EQ(j, 42);
	ATF_CHECK_EQ(z, 7);
	ATF_CHECK_EQ(t, -3);
	ATF_CHECK_EQ(sscanf("18446744073709551615", "%llu", &ull), 1);
	ATF_CHECK_EQ(ull, 18446744073709551615ULL);
	ATF_CHECK_EQ(sscanf("300", "%hhd", &hh), 1);
	ATF_CHECK_EQ(hh, 44); /* 300 truncated to 8 bits */
}

ATF_TC_WITHOUT_HEAD(overflow_saturates);
ATF_TC_BODY(overflow_saturates, tc)
{
	long long ll;
	unsigned long long ull;

	ATF_CHECK_EQ(sscanf("99999999999999999999", "%lld", &ll), 1);
	ATF_CHECK_EQ(ll, 9223372036854775807LL);
	ATF_CHECK_EQ(sscanf("-99999999999999999999", "%lld", &ll), 1);
	ATF_CHECK_EQ(ll, -9223372036854775807LL - 1);
	ATF_CHECK_EQ(sscanf("99999999999999999999", "%llu", &ull), 1);
	ATF_CHECK_EQ(ull, 18446744073709551615ULL);
}

ATF_TC_WITHOUT_HEAD(width);
ATF_TC_BODY(width, tc)
{
	int a, b;
	char s[16];

	ATF_CHECK_EQ(sscanf("123456", "%2d%3d", &a, &b), 2);
	ATF_CHECK_EQ(a, 12);
	ATF_CHECK_EQ(b, 345);
	ATF_CHECK_EQ(sscanf("abcdefgh", "%3s", s), 1);
	ATF_CHECK_STREQ(s, "abc");
	ATF_CHECK_EQ(sscanf("-12", "%1d", &a), 0); /* sign, no digit */
}

ATF_TC_WITHOUT_HEAD(floats);
ATF_TC_BODY(floats, tc)
{
	float f;
	double d, e;
	long double ld;

	ATF_CHECK_EQ(sscanf("1.5 -2.25e3 0.1", "%f %lf %Lf", &f, &d, &ld), 3);
	ATF_CHECK(f == 1.5f);
	ATF_CHECK(d == -2250.0);
	ATF_CHECK(ld == 0.1L);
	ATF_CHECK_EQ(sscanf("0x1.8p1 inf", "%la %lg", &d, &e), 2);
	ATF_CHECK(d == 3.0);
	ATF_CHECK(e == __builtin_inf());
	ATF_CHECK_EQ(sscanf("nan", "%le", &d), 1);
	ATF_CHECK(d != d);
	ATF_CHECK_EQ(sscanf("0.1", "%lf", &d), 1);
	ATF_CHECK(d == 0.1);
	ATF_CHECK_EQ(sscanf("1e400", "%lf", &d), 1);
	ATF_CHECK(d == __builtin_inf());
}

ATF_TC_WITHOUT_HEAD(float_prefix_pushback);
ATF_TC_BODY(float_prefix_pushback, tc)
{
	double d;
	char rest[8];

	/*
	 * "1e+" is not a number; its longest number prefix "1" is used and
	 * the rest stays unread (as NetBSD; glibc loses "e+").
	 */
	ATF_CHECK_EQ(sscanf("1e+x", "%lf%s", &d, rest), 2);
	ATF_CHECK(d == 1.0);
	ATF_CHECK_STREQ(rest, "e+x");
	ATF_CHECK_EQ(sscanf("3.5abc", "%lf%s", &d, rest), 2);
	ATF_CHECK(d == 3.5);
	ATF_CHECK_STREQ(rest, "abc");
	ATF_CHECK_EQ(sscanf("1.25e2", "%4lf%s", &d, rest), 2); /* width */
	ATF_CHECK(d == 1.25);
	ATF_CHECK_STREQ(rest, "e2");
	ATF_CHECK_EQ(sscanf("-.x", "%lf", &d), 0);
}

ATF_TC_WITHOUT_HEAD(float_long_input);
ATF_TC_BODY(float_long_input, tc)
{
	char s[1100];
	double d;

	/* 1000 digits of 3.000...01: needs a growing buffer, exact */
	s[0] = '3';
	s[1] = '.';
	memset(s + 2, '0', 1000);
	strcpy(s + 1002, "1");
	ATF_CHECK_EQ(sscanf(s, "%lf", &d), 1);
	ATF_CHECK(d == 3.0);
}

ATF_TC_WITHOUT_HEAD(s_and_c);
ATF_TC_BODY(s_and_c, tc)
{
	char a[16], b[16], c[4];

	memset(c, 'X', sizeof(c));
	ATF_CHECK_EQ(sscanf("  hello world", "%s %s", a, b), 2);
	ATF_CHECK_STREQ(a, "hello");
	ATF_CHECK_STREQ(b, "world");
	ATF_CHECK_EQ(sscanf(" xyz", "%c", c), 1); /* %c keeps spaces */
	ATF_CHECK_EQ(c[0], ' ');
	ATF_CHECK_EQ(sscanf("abcd", "%3c", c), 1);
	ATF_CHECK(memcmp(c, "abcX", 4) == 0); /* no terminator */
	/* at the end of input a short %c field is kept (as NetBSD, glibc) */
	memset(c, 'X', sizeof(c));
	ATF_CHECK_EQ(sscanf("ab", "%3c", c), 1);
	ATF_CHECK(memcmp(c, "abX", 3) == 0);
	ATF_CHECK_EQ(sscanf("", "%3c", c), EOF);
}

ATF_TC_WITHOUT_HEAD(scanset);
ATF_TC_BODY(scanset, tc)
{
	char a[32], b[32];

	ATF_CHECK_EQ(sscanf("abc123def", "%[a-z]%[0-9]", a, b), 2);
	ATF_CHECK_STREQ(a, "abc");
	ATF_CHECK_STREQ(b, "123");
	ATF_CHECK_EQ(sscanf("key=value;x", "%[^=]=%[^;]", a, b), 2);
	ATF_CHECK_STREQ(a, "key");
	ATF_CHECK_STREQ(b, "value");
	ATF_CHECK_EQ(sscanf("]]]x", "%[]]", a), 1);
	ATF_CHECK_STREQ(a, "]]]");
	ATF_CHECK_EQ(sscanf("a-b-c+", "%[-a-c]", a), 1);
	ATF_CHECK_STREQ(a, "a-b-c");
	ATF_CHECK_EQ(sscanf("xyz]", "%[^]]", a), 1);
	ATF_CHECK_STREQ(a, "xyz");
	ATF_CHECK_EQ(sscanf("123", "%[a-z]", a), 0);   /* empty: failure */
	ATF_CHECK_EQ(sscanf("  abc", "%[a-z]", a), 0); /* no space skip */
	ATF_CHECK_EQ(sscanf("abcdef", "%2[a-z]", a), 1);
	ATF_CHECK_STREQ(a, "ab");
}

ATF_TC_WITHOUT_HEAD(n_conversion);
ATF_TC_BODY(n_conversion, tc)
{
	int a, n = -1, m = -1;

	ATF_CHECK_EQ(sscanf("  42 rest", "%d%n %n", &a, &n, &m), 1);
	ATF_CHECK_EQ(n, 4);
	ATF_CHECK_EQ(m, 5);
	ATF_CHECK_EQ(sscanf("abc", "abc%n", &n), 0);
	ATF_CHECK_EQ(n, 3);
}

ATF_TC_WITHOUT_HEAD(suppression);
ATF_TC_BODY(suppression, tc)
{
	int a = 0, b = 0;

	ATF_CHECK_EQ(sscanf("1 2 3", "%*d %d %*d", &a), 1);
	ATF_CHECK_EQ(a, 2);
	ATF_CHECK_EQ(sscanf("x=5", "%*[a-z]=%d", &b), 1);
	ATF_CHECK_EQ(b, 5);
	ATF_CHECK_EQ(sscanf("abc", "%*s"), 0);
}

ATF_TC_WITHOUT_HEAD(literals_and_percent);
ATF_TC_BODY(literals_and_percent, tc)
{
	int a = 0, b = 0;

	ATF_CHECK_EQ(sscanf("(3,4)", "(%d,%d)", &a, &b), 2);
	ATF_CHECK_EQ(a, 3);
	ATF_CHECK_EQ(b, 4);
	ATF_CHECK_EQ(sscanf("50%", "%d%%", &a), 1);
	ATF_CHECK_EQ(sscanf("(3;4)", "(%d,%d)", &a, &b), 1);
	ATF_CHECK_EQ(sscanf("a   b", "a b%n", &a), 0);
	ATF_CHECK_EQ(a, 5);
	ATF_CHECK_EQ(sscanf("ab", "a b"), 0);
}

ATF_TC_WITHOUT_HEAD(return_values);
ATF_TC_BODY(return_values, tc)
{
	int a = 0, b = 0;

	ATF_CHECK_EQ(sscanf("", "%d", &a), EOF);
	ATF_CHECK_EQ(sscanf("   ", "%d", &a), EOF);
	ATF_CHECK_EQ(sscanf("x", "%d", &a), 0);
	ATF_CHECK_EQ(sscanf("1", "%d %d", &a, &b), 1);
	ATF_CHECK_EQ(sscanf("1 x", "%d %d", &a, &b), 1);
	ATF_CHECK_EQ(sscanf("", "abc"), EOF);
	ATF_CHECK_EQ(sscanf("", ""), 0);
	/* a sign and then the end: a matching failure, not an input one */
	ATF_CHECK_EQ(sscanf("+", "%d", &a), 0);
	ATF_CHECK_EQ(sscanf("-", "%x", &a), 0);
}

ATF_TC_WITHOUT_HEAD(p_conversion);
ATF_TC_BODY(p_conversion, tc)
{
	void *p = NULL;
	char buf[32];

	snprintf(buf, sizeof(buf), "%p", (void *)buf);
	ATF_CHECK_EQ(sscanf(buf, "%p", &p), 1);
	ATF_CHECK(p == (void *)buf);
}

ATF_TC_WITHOUT_HEAD(positional);
ATF_TC_BODY(positional, tc)
{
	int a = 0, b = 0;
	char s[8];

	ATF_CHECK_EQ(sscanf("1 2", "%2$d %1$d", &a, &b), 2);
	ATF_CHECK_EQ(a, 2);
	ATF_CHECK_EQ(b, 1);
	ATF_CHECK_EQ(sscanf("x 9", "%2$s %1$d", &a, s), 2);
	ATF_CHECK_EQ(a, 9);
	ATF_CHECK_STREQ(s, "x");
}

static int
vs(const char *s, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsscanf(s, fmt, ap);
	va_end(ap);
	return r;
}

ATF_TC_WITHOUT_HEAD(bad_format);
ATF_TC_BODY(bad_format, tc)
{
	int a, b;

	errno = 0;
	ATF_CHECK_EQ(vs("1 2", "%1$d %d", &a, &b), EOF);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(vs("1", "%y", &a), EOF);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(vs("abc", "%[a-z", &a), EOF);
	ATF_CHECK_EQ(errno, EINVAL);
}

ATF_TC_WITHOUT_HEAD(vsscanf_wrapper);
ATF_TC_BODY(vsscanf_wrapper, tc)
{
	int a = 0;
	char s[8];

	ATF_CHECK_EQ(vs("17 go", "%d %s", &a, s), 2);
	ATF_CHECK_EQ(a, 17);
	ATF_CHECK_STREQ(s, "go");
}

ATF_TC_WITHOUT_HEAD(fscanf_pushback);
ATF_TC_BODY(fscanf_pushback, tc)
{
	FILE *f;
	int a = 0, c;

	f = fopen("in", "w+");
	ATF_REQUIRE(f != NULL);
	fputs("123abc\n456", f);
	rewind(f);
	ATF_CHECK_EQ(fscanf(f, "%d", &a), 1);
	ATF_CHECK_EQ(a, 123);
	/* the byte that ended the number is still there */
	ATF_CHECK_EQ(c = fgetc(f), 'a');
	ATF_CHECK_EQ(ftell(f), 4);
	ATF_CHECK_EQ(fscanf(f, "%*s %d", &a), 1);
	ATF_CHECK_EQ(a, 456);
	ATF_CHECK_EQ(fscanf(f, "%d", &a), EOF);
	ATF_CHECK(feof(f));
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(wide_conversions);
ATF_TC_BODY(wide_conversions, tc)
{
	wchar_t ws[16], wc[2];

	ATF_CHECK_EQ(sscanf("hello xy", "%ls %2lc", ws, wc), 2);
	ATF_CHECK(wcscmp(ws, L"hello") == 0);
	ATF_CHECK(wc[0] == L'x' && wc[1] == L'y');
}

ATF_TC_WITHOUT_HEAD(swscanf_basic);
ATF_TC_BODY(swscanf_basic, tc)
{
	int a = 0;
	double d = 0;
	wchar_t ws[8];

	ATF_CHECK_EQ(swscanf(L"12 2.5 abc", L"%d %lf %ls", &a, &d, ws), 3);
	ATF_CHECK_EQ(a, 12);
	ATF_CHECK(d == 2.5);
	ATF_CHECK(wcscmp(ws, L"abc") == 0);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, d_basic);
	ATF_TP_ADD_TC(tp, i_bases);
	ATF_TP_ADD_TC(tp, unsigned_oct_hex);
	ATF_TP_ADD_TC(tp, length_modifiers);
	ATF_TP_ADD_TC(tp, overflow_saturates);
	ATF_TP_ADD_TC(tp, width);
	ATF_TP_ADD_TC(tp, floats);
	ATF_TP_ADD_TC(tp, float_prefix_pushback);
	ATF_TP_ADD_TC(tp, float_long_input);
	ATF_TP_ADD_TC(tp, s_and_c);
	ATF_TP_ADD_TC(tp, scanset);
	ATF_TP_ADD_TC(tp, n_conversion);
	ATF_TP_ADD_TC(tp, suppression);
	ATF_TP_ADD_TC(tp, literals_and_percent);
	ATF_TP_ADD_TC(tp, return_values);
	ATF_TP_ADD_TC(tp, p_conversion);
	ATF_TP_ADD_TC(tp, positional);
	ATF_TP_ADD_TC(tp, bad_format);
	ATF_TP_ADD_TC(tp, vsscanf_wrapper);
	ATF_TP_ADD_TC(tp, fscanf_pushback);
	ATF_TP_ADD_TC(tp, wide_conversions);
	ATF_TP_ADD_TC(tp, swscanf_basic);
	return atf_no_error();
}
