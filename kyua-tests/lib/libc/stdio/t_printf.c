/*
 * t_printf: the printf family: every conversion, flags, widths and
 * precisions, length modifiers, positional arguments, %n, snprintf
 * truncation and return values, exact floating-point output, errors.
 */
#include <atf-c.h>
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

/* snprintf into a buffer; checks the text and the returned length. */
static void
check(int line, const char *want, const char *fmt, ...)
{
	char buf[4096];
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	ATF_CHECK_MSG(strcmp(buf, want) == 0,
	    "line %d: \"%s\": got \"%s\", "
	    "want \"%s\"",
	    line, fmt, buf, want);
	ATF_CHECK_MSG(r == (int)strlen(want),
	    "line %d: \"%s\": returned %d, "
	    "want %zu",
	    line, fmt, r, strlen(want));
}

#define C(want, ...) check(__LINE__, want, __VA_ARGS__)

/*
 * Formats that are wrong on purpose go through this, so the compiler's
 * format checking does not reject the test itself.
 */
static const char *
bad(const char *fmt)
{
	return fmt;
}

ATF_TC_WITHOUT_HEAD(plain_text);
ATF_TC_BODY(plain_text, tc)
{
	C("", "");
	C("hello, world", "hello, world");
	C("100%", "100%%");
	C("%%", "%%%%");
}

ATF_TC_WITHOUT_HEAD(d_basic);
ATF_TC_BODY(d_basic, tc)
{
	C("0", "%d", 0);
	C("42", "%d", 42);
	C("-42", "%i", -42);
	C("2147483647", "%d", INT_MAX);
	C("-2147483648", "%d", INT_MIN);
}

ATF_TC_WITHOUT_HEAD(d_flags);
ATF_TC_BODY(d_flags, tc)
{
	C("+42", "%+d", 42);
	C(" 42", "% d", 42);
	C("+42", "%+ d", 42);
	C("-42", "% d", -42);
	C("   42", "%5d", 42);
	C("42   |", "%-5d|", 42);
	C("00042", "%05d", 42);
	C("-0042", "%05d", -42);
	C("42   |", "%-05d|", 42);
	C("+0042", "%+05d", 42);
}

ATF_TC_WITHOUT_HEAD(d_precision);
ATF_TC_BODY(d_precision, tc)
{
	C("042", "%.3d", 42);
	C("-042", "%.3d", -42);
	C("", "%.0d", 0);
	C("     ", "%5.0d", 0);
	C("  042", "%5.3d", 42);
	C("  042", "%05.3d", 42);
	C("0", "%.1d", 0);
	C("00000000000000000001", "%.20d", 1);
}

ATF_TC_WITHOUT_HEAD(length_modifiers);
ATF_TC_BODY(length_modifiers, tc)
{
	C("44", "%hhd", 300);
	C("-1", "%hhd", 255);
	C("255", "%hhu", -1);
	C("4464", "%hd", 70000);
	C("65535", "%hu", -1);
	C("-9223372036854775808", "%ld", LONG_MIN);
	C("9223372036854775807", "%lld", LLONG_MAX);
	C("18446744073709551615", "%llu", ULLONG_MAX);
	C("-5", "%jd", (intmax_t)-5);
	C("18446744073709551615", "%ju", UINTMAX_MAX);
	C("7", "%zu", (size_t)7);
	C("-3", "%zd", (ssize_t)-3);
	C("-3", "%td", (ptrdiff_t)-3);
	C("123", "%qd", 123LL);
}

ATF_TC_WITHOUT_HEAD(unsigned_bases);
ATF_TC_BODY(unsigned_bases, tc)
{
	C("4294967295", "%u", UINT_MAX);
	C("ff", "%x", 255);
	C("FF", "%X", 255);
	C("17", "%o", 15);
	C("0xff", "%#x", 255);
	C("0XFF", "%#X", 255);
	C("0", "%#x", 0);
	C("017", "%#o", 15);
	C("0", "%#o", 0);
	C("0", "%#.0o", 0);
	C("", "%.0x", 0);
	C("0x00ff", "%#06x", 255);
	C("  0xff", "%#6x", 255);
	C("0x0000ff", "%#.6x", 255);
	C("ffffffffffffffff", "%lx", ULONG_MAX);
	C("1777777777777777777777", "%lo", ULONG_MAX);
}

ATF_TC_WITHOUT_HEAD(c_conv);
ATF_TC_BODY(c_conv, tc)
{
	C("x", "%c", 'x');
	C("    y", "%5c", 'y');
	C("z    |", "%-5c|", 'z');
	C("a b", "%c%c%c", 'a', ' ', 'b');
}

ATF_TC_WITHOUT_HEAD(c_nul);
ATF_TC_BODY(c_nul, tc)
{
	char buf[8];

	memset(buf, 'X', sizeof(buf));
	ATF_CHECK_EQ(snprintf(buf, sizeof(buf), "a%cb", 0), 3);
	ATF_CHECK(memcmp(buf, "a\0b\0", 4) == 0);
}

ATF_TC_WITHOUT_HEAD(s_conv);
ATF_TC_BODY(s_conv, tc)
{
	C("abc", "%s", "abc");
	C("       abc", "%10s", "abc");
	C("abc       |", "%-10s|", "abc");
	C("ab", "%.2s", "abc");
	C("abc", "%.10s", "abc");
	C("", "%.0s", "abc");
	C("   ab", "%5.2s", "abc");
	C("(null)", "%s", (char *)NULL);
	C("", "%s", "");
}

ATF_TC_WITHOUT_HEAD(s_precision_unterminated);
ATF_TC_BODY(s_precision_unterminated, tc)
{
	char raw[3] = { 'x', 'y', 'z' }; /* no NUL: %.3s must stop */

	C("xyz", "%.3s", raw);
	C("xy", "%.*s", 2, raw);
}

ATF_TC_WITHOUT_HEAD(p_conv);
ATF_TC_BODY(p_conv, tc)
{
	C("0x1234", "%p", (void *)0x1234);
	C("0xdeadbeef", "%p", (void *)0xdeadbeefUL);
	C("    0x10", "%8p", (void *)0x10);
	C("0x10    |", "%-8p|", (void *)0x10);
}

ATF_TC_WITHOUT_HEAD(n_conv);
ATF_TC_BODY(n_conv, tc)
{
	char buf[64];
	int n = -1;
	signed char hh = -1;
	short h = -1;
	long l = -1;
	long long ll = -1;
	size_t z = 0;

	ATF_CHECK_EQ(snprintf(buf, sizeof(buf), "abc%ndef", &n), 6);
	ATF_CHECK_EQ(n, 3);
	ATF_CHECK_EQ(snprintf(buf, sizeof(buf), "%5d%hhn%hn%ln%lln%zn", 1, &hh,
			 &h, &l, &ll, &z),
	    5);
	ATF_CHECK_EQ(hh, 5);
	ATF_CHECK_EQ(h, 5);
	ATF_CHECK_EQ(l, 5);
	ATF_CHECK_EQ(ll, 5);
	ATF_CHECK_EQ(z, 5);
	/* %n counts the whole output, even past a truncating size. */
	ATF_CHECK_EQ(snprintf(buf, 4, "abcdefgh%n", &n), 8);
	ATF_CHECK_EQ(n, 8);
}

ATF_TC_WITHOUT_HEAD(star_width_precision);
ATF_TC_BODY(star_width_precision, tc)
{
	C("   42", "%*d", 5, 42);
	C("42   |", "%*d|", -5, 42);
	C("042", "%.*d", 3, 42);
	C("42", "%.*d", -1, 42);
	C("3.14", "%.*f", 2, 3.14159);
	C("  3.1", "%*.*f", 5, 1, 3.14159);
	C("abc", "%.*s", -3, "abc");
}

ATF_TC_WITHOUT_HEAD(positional);
ATF_TC_BODY(positional, tc)
{
	C("b a b", "%2$s %1$s %2$s", "a", "b");
	C("3 2 1", "%3$d %2$d %1$d", 1, 2, 3);
	C("      3.14|", "%1$*2$.*3$f|", 3.14159, 10, 2);
	C("x 1.5 99", "%2$c %3$.1f %1$ld", 99L, 'x', 1.5);
	C("7 7", "%1$d %1$d", 7);
}

ATF_TC_WITHOUT_HEAD(positional_mixed_is_error);
ATF_TC_BODY(positional_mixed_is_error, tc)
{
	char buf[32];

	errno = 0;
	ATF_CHECK_EQ(snprintf(buf, sizeof(buf), bad("%1$d %d"), 1, 2), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	/* a gap: argument 2 is never described */
	ATF_CHECK_EQ(snprintf(buf, sizeof(buf), bad("%1$d %3$d"), 1, 2, 3), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

ATF_TC_WITHOUT_HEAD(bad_conversion);
ATF_TC_BODY(bad_conversion, tc)
{
	char buf[32];

	errno = 0;
	ATF_CHECK_EQ(snprintf(buf, sizeof(buf), bad("%y"), 0), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(snprintf(buf, sizeof(buf), bad("abc%"), 0), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(snprintf(buf, sizeof(buf), bad("%Ld"), 1), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

ATF_TC_WITHOUT_HEAD(snprintf_truncation);
ATF_TC_BODY(snprintf_truncation, tc)
{
	char buf[8];

	memset(buf, 'X', sizeof(buf));
	ATF_CHECK_EQ(snprintf(buf, 4, "abcdef"), 6);
	ATF_CHECK_STREQ(buf, "abc");
	ATF_CHECK_EQ(buf[4], 'X');
	ATF_CHECK_EQ(snprintf(buf, 1, "abcdef"), 6);
	ATF_CHECK_STREQ(buf, "");
	ATF_CHECK_EQ(snprintf(buf, sizeof(buf), "%d", 1234567), 7);
	ATF_CHECK_STREQ(buf, "1234567");
	ATF_CHECK_EQ(snprintf(buf, sizeof(buf), "%d", 12345678), 8);
	ATF_CHECK_STREQ(buf, "1234567");
}

ATF_TC_WITHOUT_HEAD(snprintf_size_zero);
ATF_TC_BODY(snprintf_size_zero, tc)
{
	char c = 'Q';

	ATF_CHECK_EQ(snprintf(&c, 0, "hello %d", 42), 8);
	ATF_CHECK_EQ(c, 'Q');
	ATF_CHECK_EQ(snprintf(NULL, 0, "%s", "abcdef"), 6);
}

ATF_TC_WITHOUT_HEAD(eoverflow);
ATF_TC_BODY(eoverflow, tc)
{
	char c;

	errno = 0;
	ATF_CHECK_EQ(snprintf(&c, 0, "%*d%*d", INT_MAX - 2, 1, 10, 2), -1);
	ATF_CHECK_EQ(errno, EOVERFLOW);
	errno = 0;
	ATF_CHECK_EQ(snprintf(&c, 0, "%*d", INT_MAX, 1), INT_MAX);
}

ATF_TC_WITHOUT_HEAD(sprintf_basic);
ATF_TC_BODY(sprintf_basic, tc)
{
	char buf[64];

	ATF_CHECK_EQ(sprintf(buf, "%s-%d-%c", "ab", 12, 'z'), 7);
	ATF_CHECK_STREQ(buf, "ab-12-z");
}

ATF_TC_WITHOUT_HEAD(asprintf_basic);
ATF_TC_BODY(asprintf_basic, tc)
{
	char *s = NULL;
	char big[3000];

	ATF_REQUIRE_EQ(asprintf(&s, "%d:%s", 7, "seven"), 7);
	ATF_CHECK_STREQ(s, "7:seven");
	free(s);
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	ATF_REQUIRE_EQ(asprintf(&s, "<%s>", big), 3001);
	ATF_CHECK_EQ(strlen(s), 3001);
	ATF_CHECK_EQ(s[0], '<');
	ATF_CHECK_EQ(s[3000], '>');
	free(s);
}

ATF_TC_WITHOUT_HEAD(asprintf_error);
ATF_TC_BODY(asprintf_error, tc)
{
	char *s = (char *)1;

	errno = 0;
	ATF_CHECK_EQ(asprintf(&s, bad("%y"), 0), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK(s == NULL);
}

ATF_TC_WITHOUT_HEAD(dprintf_pipe);
ATF_TC_BODY(dprintf_pipe, tc)
{
	char buf[64];
	int fd[2];
	ssize_t n;

	ATF_REQUIRE_EQ(pipe(fd), 0);
	ATF_CHECK_EQ(dprintf(fd[1], "x=%d %s\n", 5, "ok"), 7);
	n = read(fd[0], buf, sizeof(buf) - 1);
	ATF_REQUIRE_EQ(n, 7);
	buf[n] = '\0';
	ATF_CHECK_STREQ(buf, "x=5 ok\n");
	close(fd[0]);
	close(fd[1]);
	errno = 0;
	ATF_CHECK_EQ(dprintf(-1, "x"), -1);
	ATF_CHECK_EQ(errno, EBADF);
}

ATF_TC_WITHOUT_HEAD(m_conv);
ATF_TC_BODY(m_conv, tc)
{
	char want[128];

	snprintf(want, sizeof(want), "err: %s", strerror(ENOENT));
	errno = ENOENT;
	C(want, "err: %m");
}

ATF_TC_WITHOUT_HEAD(f_basic);
ATF_TC_BODY(f_basic, tc)
{
	C("0.000000", "%f", 0.0);
	C("-0.000000", "%f", -0.0);
	C("1.000000", "%f", 1.0);
	C("3.141593", "%f", 3.14159265358979);
	C("3", "%.0f", 3.14159);
	C("3.", "%#.0f", 3.0);
	C("1234567.890000", "%f", 1234567.89);
	C("0.100000", "%f", 0.1);
	C("100000000000000000000.000000", "%f", 1e20);
}

ATF_TC_WITHOUT_HEAD(f_round_half_even);
ATF_TC_BODY(f_round_half_even, tc)
{
	/* Exactly representable halves round to even. */
	C("0", "%.0f", 0.5);
	C("2", "%.0f", 1.5);
	C("2", "%.0f", 2.5);
	C("4", "%.0f", 3.5);
	C("0.12", "%.2f", 0.125);
	C("0.38", "%.2f", 0.375);
	C("1.2", "%.1f", 1.25);
	/* 0.15 is really 0.1499999999999999944..., 0.35 0.34999999... */
	C("0.1", "%.1f", 0.15);
	C("0.3", "%.1f", 0.35);
	C("0.5", "%.1f", 0.45); /* 0.450000000000000011102... */
	/* 2.675 is 2.67499999999999982236431605997495353221893310546875 */
	C("2.67", "%.2f", 2.675);
}

ATF_TC_WITHOUT_HEAD(f_exact_digits);
ATF_TC_BODY(f_exact_digits, tc)
{
	C("0.1000000000000000055511151231257827021181583404541015625", "%.55f",
	    0.1);
	C("0.333333333333333314829616256247390992939472198486328125", "%.54f",
	    1.0 / 3);
	C("9007199254740993.000", "%.3Lf", 9007199254740993.0L);
	C("179769313486231570814527423731704356798070567525844996598917476"
	  "803157260780028538760589558632766878171540458953514382464234321"
	  "326889464182768467546703537516986049910576551282076245490090389"
	  "328944075868508455133942304583236903222948165808559332123348274"
	  "797826204144723168738177180919299881250404026184124858368.0",
	    "%.1f", DBL_MAX);
}

ATF_TC_WITHOUT_HEAD(f_subnormal_huge_precision);
ATF_TC_BODY(f_subnormal_huge_precision, tc)
{
	char buf[1200];
	int r;

	r = snprintf(buf, sizeof(buf), "%.1100f", DBL_MIN);
	ATF_REQUIRE_EQ(r, 1102);
	/* DBL_MIN = 2^-1022 = 2.2250738585072013830902...e-308 */
	ATF_CHECK(strncmp(buf, "0.000", 5) == 0);
	ATF_CHECK(
	    strncmp(buf + 309, "22250738585072013830902327173324", 32) == 0);
	/* 2^-1022 has exactly 1022 digits after the point, the last a 5 */
	ATF_CHECK_EQ(buf[2 + 1021], '5');
	ATF_CHECK(strspn(buf + 2 + 1022, "0") == 78);
	r = snprintf(buf, sizeof(buf), "%.1074f", 4.9406564584124654e-324);
	ATF_REQUIRE_EQ(r, 1076);
	/* 2^-1074 ends in ...625 */
	ATF_CHECK(strcmp(buf + r - 3, "625") == 0);
}

ATF_TC_WITHOUT_HEAD(e_basic);
ATF_TC_BODY(e_basic, tc)
{
	C("0.000000e+00", "%e", 0.0);
	C("1.000000e+00", "%e", 1.0);
	C("1.234560e+03", "%e", 1234.56);
	C("-1.5E-10", "%.1E", -1.5e-10);
	C("1e+100", "%.0e", 1e100);
	C("1.e+00", "%#.0e", 1.0);
	C("2.225074e-308", "%e", DBL_MIN);
	C("4.940656e-324", "%e", 4.9406564584124654e-324);
	C("1.797693e+308", "%e", DBL_MAX);
	C("  1.0e+00", "%9.1e", 1.0);
	C("+1.0e+00", "%+.1e", 1.0);
	C("001.0e+00", "%09.1e", 1.0);
}

ATF_TC_WITHOUT_HEAD(e_rounding);
ATF_TC_BODY(e_rounding, tc)
{
	C("1e+01", "%.0e", 9.5); /* 9.5 exact: rounds to even 10 */
	C("8e+00", "%.0e", 8.5);
	C("1.0e+01", "%.1e", 9.96);
	C("1.2e+00", "%.1e", 1.25);
	C("1.4e+00", "%.1e", 1.35); /* 1.35 is above 1.35 in binary */
	C("1.00000000000000005551115123125782702118158340454101562500e-01",
	    "%.56e", 0.1);
}

ATF_TC_WITHOUT_HEAD(e_precision_60);
ATF_TC_BODY(e_precision_60, tc)
{
	C("3.333333333333333148296162562473909929394721984863281250000000e-01",
	    "%.60e", 1.0 / 3);
	C("1.797693134862315708145274237317043567980705675258449965989175e+308",
	    "%.60e", DBL_MAX);
}

ATF_TC_WITHOUT_HEAD(g_conv);
ATF_TC_BODY(g_conv, tc)
{
	C("0", "%g", 0.0);
	C("1", "%g", 1.0);
	C("0.1", "%g", 0.1);
	C("100000", "%g", 100000.0);
	C("1e+06", "%g", 1000000.0);
	C("0.0001", "%g", 0.0001);
	C("1e-05", "%g", 0.00001);
	C("1.23457e+08", "%g", 123456789.0);
	C("3.14159", "%g", 3.14159265);
	C("3", "%.0g", 3.14);
	C("3.", "%#.0g", 3.14);
	C("1.00000", "%#g", 1.0);
	C("0.00000", "%#g", 0.0);
	C("1E+06", "%G", 1e6);
	C("0.30000000000000004", "%.17g", 0.1 + 0.2);
	C("2.2250738585072014e-308", "%.17g", DBL_MIN);
	C("   1.5", "%6g", 1.5);
	C("1e+02", "%.1g", 99.5);
}

ATF_TC_WITHOUT_HEAD(a_conv);
ATF_TC_BODY(a_conv, tc)
{
	C("0x0p+0", "%a", 0.0);
	C("-0x0p+0", "%a", -0.0);
	C("0x1p+0", "%a", 1.0);
	C("0x1.8p+1", "%a", 3.0);
	C("0x1.999999999999ap-4", "%a", 0.1);
	C("0X1.8P+1", "%A", 3.0);
	C("0x1.fffffffffffffp+1023", "%a", DBL_MAX);
	C("0x1p-1022", "%a", DBL_MIN);
	C("0x0.0000000000001p-1022", "%a", 4.9406564584124654e-324);
	C("0x1.p+0", "%#a", 1.0);
	C("   0x1p+0", "%9a", 1.0);
	C("0x0001p+0", "%09a", 1.0);
}

ATF_TC_WITHOUT_HEAD(a_rounding);
ATF_TC_BODY(a_rounding, tc)
{
	C("0x2p+0", "%.0a", 1.5); /* tie: 1 is odd, rounds up */
	C("0x1p+0", "%.0a", 1.25);
	C("0x1.0p+0", "%.1a", 1.03125); /* tie at 0x1.08: stays even */
	C("0x1.2p+0", "%.1a", 1.09375); /* tie at 0x1.18: rounds to even */
	C("0x1.a00p-4", "%.3a", 0.1015625);
	C("0x1.99ap-4", "%.3a", 0.1);
	C("0x1.0000000000000000p+0", "%.16a", 1.0);
}

ATF_TC_WITHOUT_HEAD(long_double);
ATF_TC_BODY(long_double, tc)
{
	C("1.000000", "%Lf", 1.0L);
	C("0."
	  "1000000000000000000013552527156068805425093160010874271392822265625",
	    "%.67Lf", 0.1L);
	C("1.18973149535723176502e+4932", "%.20Le", LDBL_MAX);
	C("3.64519953188247460253e-4951", "%.20Le", LDBL_TRUE_MIN);
	C("0x8p-3", "%La", 1.0L);
	C("0xc.ccccccccccccccdp-7", "%La", 0.1L);
	C("0.1", "%Lg", 0.1L);
}

ATF_TC_WITHOUT_HEAD(inf_nan);
ATF_TC_BODY(inf_nan, tc)
{
	double inf = __builtin_inf(), nan = __builtin_nan("");

	C("inf", "%f", inf);
	C("-inf", "%f", -inf);
	C("INF", "%F", inf);
	C("inf", "%e", inf);
	C("INF", "%G", inf);
	C("inf", "%a", inf);
	C("nan", "%f", nan);
	C("NAN", "%E", nan);
	C("  inf", "%05f", inf); /* no zero padding */
	C("+inf", "%+f", inf);
	C(" inf", "% f", inf);
	C("inf  |", "%-5f|", inf);
	C("inf", "%Lf", (long double)inf);
	C("nan", "%Lg", (long double)nan);
}

ATF_TC_WITHOUT_HEAD(wide_conversions);
ATF_TC_BODY(wide_conversions, tc)
{
	C("A", "%lc", (wint_t)L'A');
	C("wide", "%ls", L"wide");
	C("   ab", "%5ls", L"ab");
	C("xy", "%.2ls", L"xyz");
	C("(null)", "%ls", (wchar_t *)NULL);
}

ATF_TC_WITHOUT_HEAD(fprintf_stream);
ATF_TC_BODY(fprintf_stream, tc)
{
	char buf[64];
	FILE *f;

	f = fopen("out", "w+");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fprintf(f, "%s=%05.1f\n", "v", 3.14159), 8);
	rewind(f);
	ATF_REQUIRE(fgets(buf, sizeof(buf), f) != NULL);
	ATF_CHECK_STREQ(buf, "v=003.1\n");
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(fprintf_read_only_stream);
ATF_TC_BODY(fprintf_read_only_stream, tc)
{
	FILE *f;

	f = fopen("ro", "w");
	ATF_REQUIRE(f != NULL);
	fclose(f);
	f = fopen("ro", "r");
	ATF_REQUIRE(f != NULL);
	errno = 0;
	ATF_CHECK_EQ(fprintf(f, "x"), -1);
	ATF_CHECK_EQ(errno, EBADF);
	ATF_CHECK(ferror(f));
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(unbuffered_single_write);
ATF_TC_BODY(unbuffered_single_write, tc)
{
	char buf[64];
	FILE *f;
	int fd[2];
	ssize_t n;

	ATF_REQUIRE_EQ(pipe(fd), 0);
	f = fdopen(fd[1], "w");
	ATF_REQUIRE(f != NULL);
	setvbuf(f, NULL, _IONBF, 0);
	ATF_CHECK_EQ(fprintf(f, "%d-%d-%d", 1, 2, 3), 5);
	/* nothing is held back in an unbuffered stream */
	n = read(fd[0], buf, sizeof(buf));
	ATF_CHECK_EQ(n, 5);
	fclose(f);
	close(fd[0]);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, plain_text);
	ATF_TP_ADD_TC(tp, d_basic);
	ATF_TP_ADD_TC(tp, d_flags);
	ATF_TP_ADD_TC(tp, d_precision);
	ATF_TP_ADD_TC(tp, length_modifiers);
	ATF_TP_ADD_TC(tp, unsigned_bases);
	ATF_TP_ADD_TC(tp, c_conv);
	ATF_TP_ADD_TC(tp, c_nul);
	ATF_TP_ADD_TC(tp, s_conv);
	ATF_TP_ADD_TC(tp, s_precision_unterminated);
	ATF_TP_ADD_TC(tp, p_conv);
	ATF_TP_ADD_TC(tp, n_conv);
	ATF_TP_ADD_TC(tp, star_width_precision);
	ATF_TP_ADD_TC(tp, positional);
	ATF_TP_ADD_TC(tp, positional_mixed_is_error);
	ATF_TP_ADD_TC(tp, bad_conversion);
	ATF_TP_ADD_TC(tp, snprintf_truncation);
	ATF_TP_ADD_TC(tp, snprintf_size_zero);
	ATF_TP_ADD_TC(tp, eoverflow);
	ATF_TP_ADD_TC(tp, sprintf_basic);
	ATF_TP_ADD_TC(tp, asprintf_basic);
	ATF_TP_ADD_TC(tp, asprintf_error);
	ATF_TP_ADD_TC(tp, dprintf_pipe);
	ATF_TP_ADD_TC(tp, m_conv);
	ATF_TP_ADD_TC(tp, f_basic);
	ATF_TP_ADD_TC(tp, f_round_half_even);
	ATF_TP_ADD_TC(tp, f_exact_digits);
	ATF_TP_ADD_TC(tp, f_subnormal_huge_precision);
	ATF_TP_ADD_TC(tp, e_basic);
	ATF_TP_ADD_TC(tp, e_rounding);
	ATF_TP_ADD_TC(tp, e_precision_60);
	ATF_TP_ADD_TC(tp, g_conv);
	ATF_TP_ADD_TC(tp, a_conv);
	ATF_TP_ADD_TC(tp, a_rounding);
	ATF_TP_ADD_TC(tp, long_double);
	ATF_TP_ADD_TC(tp, inf_nan);
	ATF_TP_ADD_TC(tp, wide_conversions);
	ATF_TP_ADD_TC(tp, fprintf_stream);
	ATF_TP_ADD_TC(tp, fprintf_read_only_stream);
	ATF_TP_ADD_TC(tp, unbuffered_single_write);
	return atf_no_error();
}
