/*
 * t_xlocale: the NetBSD *_l functions added beside the ctype and wctype
 * ones: each must use the locale_t it is given, not the global locale
 * nor the one installed with uselocale, and must leave the locale in
 * effect as it was.  A C.UTF-8 locale object and a C one are used side
 * by side; where the two locales agree (numbers, times) the results are
 * compared with the plain functions.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#include "h_tc.h"

#define EURO "\xe2\x82\xac" /* U+20AC in UTF-8 */

static locale_t u8, cl;

static void
locales(void)
{
	u8 = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
	cl = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	ATF_REQUIRE(u8 != (locale_t)0);
	ATF_REQUIRE(cl != (locale_t)0);
}

/* The locale in effect must still be the global one, in C. */
static void
unchanged(void)
{
	wchar_t wc = 0;

	ATF_CHECK(uselocale((locale_t)0) == LC_GLOBAL_LOCALE);
	ATF_CHECK_EQ(mbtowc(&wc, "\xc3\xa9", 2), 1);
	ATF_CHECK_EQ(wc, 0xc3);
}

TC(mbrtowc_l_test, "mbrtowc_l decodes UTF-8 in C.UTF-8 and bytes in C")
{
	mbstate_t st;
	wchar_t wc;

	locales();
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(mbrtowc_l(&wc, "\xc3\xa9", 2, &st, u8), 2);
	ATF_CHECK_EQ(wc, 0xe9);
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(mbrtowc_l(&wc, "\xc3\xa9", 2, &st, cl), 1);
	ATF_CHECK_EQ(wc, 0xc3);
	memset(&st, 0, sizeof(st));
	errno = 0;
	ATF_CHECK_EQ(mbrtowc_l(&wc, "\xff", 1, &st, u8), (size_t)-1);
	ATF_CHECK_EQ(errno, EILSEQ);
	unchanged();
}

TC(over_uselocale,
    "a *_l call overrides the uselocale locale and leaves "
    "it installed")
{
	mbstate_t st;
	wchar_t wc;

	locales();
	ATF_REQUIRE(uselocale(u8) == LC_GLOBAL_LOCALE);
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(mbrtowc_l(&wc, "\xc3\xa9", 2, &st, cl), 1);
	ATF_CHECK(uselocale((locale_t)0) == u8);
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(mbrtowc(&wc, "\xc3\xa9", 2, &st), 2);
	uselocale(LC_GLOBAL_LOCALE);
	unchanged();
}

TC(global_locale_arg,
    "LC_GLOBAL_LOCALE as the argument means the global "
    "locale")
{
	mbstate_t st;
	wchar_t wc;

	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(mbrtowc_l(&wc, "\xc3\xa9", 2, &st, LC_GLOBAL_LOCALE), 1);
	ATF_REQUIRE(setlocale(LC_ALL, "C.UTF-8") != NULL);
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(mbrtowc_l(&wc, "\xc3\xa9", 2, &st, LC_GLOBAL_LOCALE), 2);
	ATF_CHECK_EQ(wc, 0xe9);
}

TC(mbtowc_mblen_l, "mbtowc_l and mblen_l")
{
	wchar_t wc;

	locales();
	ATF_CHECK_EQ(mbtowc_l(&wc, EURO, 3, u8), 3);
	ATF_CHECK_EQ(wc, 0x20ac);
	ATF_CHECK_EQ(mbtowc_l(&wc, EURO, 3, cl), 1);
	ATF_CHECK_EQ(wc, 0xe2);
	ATF_CHECK_EQ(mblen_l(EURO, 3, u8), 3);
	ATF_CHECK_EQ(mblen_l(EURO, 3, cl), 1);
	ATF_CHECK_EQ(mblen_l(EURO, 2, u8), -1);
	unchanged();
}

TC(wcrtomb_wctomb_l,
    "wcrtomb_l and wctomb_l encode U+20AC only in "
    "C.UTF-8")
{
	char buf[8];
	mbstate_t st;

	locales();
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(wcrtomb_l(buf, 0x20ac, &st, u8), 3);
	ATF_CHECK(memcmp(buf, EURO, 3) == 0);
	errno = 0;
	ATF_CHECK_EQ(wcrtomb_l(buf, 0x20ac, &st, cl), (size_t)-1);
	ATF_CHECK_EQ(errno, EILSEQ);
	ATF_CHECK_EQ(wctomb_l(buf, 0xe9, u8), 2);
	ATF_CHECK_EQ(wctomb_l(buf, 0xe9, cl), 1);
	ATF_CHECK_EQ((unsigned char)buf[0], 0xe9);
	unchanged();
}

TC(string_conversions,
    "mbstowcs_l, wcstombs_l, mbsrtowcs_l, "
    "mbsnrtowcs_l, wcsrtombs_l, wcsnrtombs_l")
{
	const wchar_t *wp;
	const char *p;
	wchar_t w[8];
	char b[16];
	mbstate_t st;

	locales();
	ATF_CHECK_EQ(mbstowcs_l(w, "a" EURO "b", 8, u8), 3);
	ATF_CHECK_EQ(w[1], 0x20ac);
	ATF_CHECK_EQ(mbstowcs_l(w, "a" EURO "b", 8, cl), 5);
	ATF_CHECK_EQ(wcstombs_l(b, L"x\u20ac", sizeof(b), u8), 4);
	ATF_CHECK_EQ(wcstombs_l(b, L"x\u20ac", sizeof(b), cl), (size_t)-1);
	p = EURO EURO;
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(mbsrtowcs_l(w, &p, 8, &st, u8), 2);
	ATF_CHECK(p == NULL);
	p = EURO EURO;
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(mbsnrtowcs_l(w, &p, 4, 8, &st, u8), 1);
	ATF_CHECK_EQ(w[0], 0x20ac);
	wp = L"\u20ac";
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(wcsrtombs_l(b, &wp, sizeof(b), &st, u8), 3);
	wp = L"\u00e9\u00e9";
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(wcsnrtombs_l(b, &wp, 1, sizeof(b), &st, cl), 1);
	ATF_CHECK_EQ((unsigned char)b[0], 0xe9);
	unchanged();
}

TC(btowc_wctob_l,
    "btowc_l and wctob_l: bytes above 0x7f are characters "
    "only in C")
{
	locales();
	ATF_CHECK_EQ(btowc_l(0xe9, cl), 0xe9);
	ATF_CHECK_EQ(btowc_l(0xe9, u8), WEOF);
	ATF_CHECK_EQ(btowc_l('a', u8), L'a');
	ATF_CHECK_EQ(wctob_l(0xe9, cl), 0xe9);
	ATF_CHECK_EQ(wctob_l(0xe9, u8), EOF);
	ATF_CHECK_EQ(wctob_l(L'z', u8), 'z');
	unchanged();
}

TC(mbrlen_mbsinit_l,
    "mbrlen_l keeps a partial character in its state; "
    "mbsinit_l sees it")
{
	mbstate_t st;

	locales();
	memset(&st, 0, sizeof(st));
	ATF_CHECK(mbsinit_l(&st, u8) != 0);
	ATF_CHECK_EQ(mbrlen_l("\xe2\x82", 2, &st, u8), (size_t)-2);
	ATF_CHECK_EQ(mbsinit_l(&st, u8), 0);
	ATF_CHECK_EQ(mbrlen_l("\xac", 1, &st, u8), 1);
	ATF_CHECK(mbsinit_l(&st, u8) != 0);
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(mbrlen_l("\xe2\x82", 2, &st, cl), 1);
	unchanged();
}

TC(wcwidth_l_test,
    "wcwidth_l and wcswidth_l: CJK is two columns in "
    "C.UTF-8, unprintable in C")
{
	locales();
	ATF_CHECK_EQ(wcwidth_l(0x4e00, u8), 2);
	ATF_CHECK_EQ(wcwidth_l(0x4e00, cl), -1);
	ATF_CHECK_EQ(wcwidth_l(L'a', cl), 1);
	ATF_CHECK_EQ(wcswidth_l(L"a\u4e00b", 3, u8), 4);
	ATF_CHECK_EQ(wcswidth_l(L"a\u4e00b", 3, cl), -1);
	unchanged();
}

TC(mb_cur_max_l,
    "MB_CUR_MAX_L is 1 in C and MB_CUR_MAX of UTF-8 in "
    "C.UTF-8")
{
	size_t want;

	locales();
	ATF_CHECK_EQ(MB_CUR_MAX_L(cl), 1);
	uselocale(u8);
	want = MB_CUR_MAX;
	uselocale(LC_GLOBAL_LOCALE);
	ATF_CHECK(want >= 4);
	ATF_CHECK_EQ(_mb_cur_max_l(u8), want);
	ATF_CHECK_EQ(MB_CUR_MAX, 1);
}

TC(snprintf_l_test,
    "snprintf_l and sprintf_l convert wide strings in the given "
    "locale")
{
	char buf[32];

	locales();
	ATF_CHECK_EQ(
	    snprintf_l(buf, sizeof(buf), u8, "<%ls|%d>", L"\u20ac", 7), 7);
	ATF_CHECK_STREQ(buf, "<" EURO "|7>");
	errno = 0;
	ATF_CHECK_EQ(snprintf_l(buf, sizeof(buf), cl, "%ls", L"\u20ac"), -1);
	ATF_CHECK_EQ(errno, EILSEQ);
	ATF_CHECK_EQ(sprintf_l(buf, u8, "%lc%s", (wint_t)0xe9, "!"), 3);
	ATF_CHECK_STREQ(buf, "\xc3\xa9!");
	ATF_CHECK_EQ(sprintf_l(buf, cl, "%lc", (wint_t)0xe9), 1);
	ATF_CHECK_EQ(snprintf_l(buf, 4, cl, "%s", "truncated"), 9);
	ATF_CHECK_STREQ(buf, "tru");
	unchanged();
}

TC(asprintf_l_test, "asprintf_l allocates the converted string")
{
	char *s = NULL;

	locales();
	ATF_CHECK_EQ(asprintf_l(&s, u8, "%ls=%.2f", L"\u20ac", 1.5), 8);
	ATF_REQUIRE(s != NULL);
	ATF_CHECK_STREQ(s, EURO "=1.50");
	free(s);
	unchanged();
}

TC(fprintf_dprintf_l,
    "fprintf_l to a stream and dprintf_l to a "
    "descriptor")
{
	char buf[32] = "";
	FILE *f;
	int p[2];

	locales();
	ATF_REQUIRE((f = tmpfile()) != NULL);
	ATF_CHECK_EQ(fprintf_l(f, u8, "%ls", L"\u00e9"), 2);
	rewind(f);
	ATF_REQUIRE(fgets(buf, sizeof(buf), f) != NULL);
	ATF_CHECK_STREQ(buf, "\xc3\xa9");
	fclose(f);
	ATF_REQUIRE_EQ(pipe(p), 0);
	ATF_CHECK_EQ(dprintf_l(p[1], u8, "%ls-%x", L"\u20ac", 255), 6);
	ATF_CHECK_EQ(read(p[0], buf, sizeof(buf)), 6);
	ATF_CHECK(memcmp(buf, EURO "-ff", 6) == 0);
	close(p[0]);
	close(p[1]);
	unchanged();
}

TC(printf_l_test, "printf_l writes to stdout in the given locale")
{
	char buf[32] = "";
	FILE *f;
	int fd;

	locales();
	ATF_REQUIRE(
	    (fd = open("out", O_WRONLY | O_CREAT | O_TRUNC, 0644)) >= 0);
	fflush(stdout);
	ATF_REQUIRE(dup2(fd, STDOUT_FILENO) == STDOUT_FILENO);
	close(fd);
	ATF_CHECK_EQ(printf_l(u8, "%ls\n", L"\u20ac"), 4);
	fflush(stdout);
	ATF_REQUIRE((f = fopen("out", "r")) != NULL);
	ATF_REQUIRE(fgets(buf, sizeof(buf), f) != NULL);
	ATF_CHECK_STREQ(buf, EURO "\n");
	fclose(f);
}

TC(sscanf_l_test, "sscanf_l reads wide characters in the given locale")
{
	wchar_t w[8];
	int n = 0;

	locales();
	ATF_CHECK_EQ(sscanf_l("\xc3\xa9 42", u8, "%ls %d", w, &n), 2);
	ATF_CHECK_EQ(w[0], 0xe9);
	ATF_CHECK_EQ(w[1], 0);
	ATF_CHECK_EQ(n, 42);
	ATF_CHECK_EQ(sscanf_l("\xc3\xa9", cl, "%ls", w), 1);
	ATF_CHECK_EQ(w[0], 0xc3);
	ATF_CHECK_EQ(w[1], 0xa9);
	unchanged();
}

TC(fscanf_scanf_l, "fscanf_l from a stream and scanf_l from stdin")
{
	wchar_t w[4];
	FILE *f;
	int fd, n = 0;

	locales();
	ATF_REQUIRE((f = tmpfile()) != NULL);
	fputs(EURO " 9", f);
	rewind(f);
	ATF_CHECK_EQ(fscanf_l(f, u8, "%lc %d", w, &n), 2);
	ATF_CHECK_EQ(w[0], 0x20ac);
	ATF_CHECK_EQ(n, 9);
	fclose(f);
	ATF_REQUIRE((f = fopen("in", "w")) != NULL);
	fputs("\xc3\xa9\n", f);
	fclose(f);
	ATF_REQUIRE((fd = open("in", O_RDONLY)) >= 0);
	ATF_REQUIRE(dup2(fd, STDIN_FILENO) == STDIN_FILENO);
	close(fd);
	ATF_CHECK_EQ(scanf_l(u8, "%lc", w), 1);
	ATF_CHECK_EQ(w[0], 0xe9);
	unchanged();
}

static int
vsn(char *buf, size_t n, locale_t l, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf_l(buf, n, l, fmt, ap);
	va_end(ap);
	return r;
}

static int
vss(const char *s, locale_t l, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsscanf_l(s, l, fmt, ap);
	va_end(ap);
	return r;
}

TC(va_list_forms, "vsnprintf_l and vsscanf_l take a va_list")
{
	char buf[16];
	wchar_t wc;

	locales();
	ATF_CHECK_EQ(vsn(buf, sizeof(buf), u8, "%lc", (wint_t)0x20ac), 3);
	ATF_CHECK_STREQ(buf, EURO);
	ATF_CHECK_EQ(vss(EURO, u8, "%lc", &wc), 1);
	ATF_CHECK_EQ(wc, 0x20ac);
	ATF_CHECK_EQ(vss(EURO, cl, "%lc", &wc), 1);
	ATF_CHECK_EQ(wc, 0xe2);
	unchanged();
}

TC(strtol_family_l,
    "strtol_l and friends convert as the plain functions, "
    "with the same ERANGE")
{
	char *end;

	locales();
	ATF_CHECK_EQ(strtol_l(" -42x", &end, 10, u8), -42);
	ATF_CHECK_EQ(*end, 'x');
	ATF_CHECK_EQ(strtoul_l("ff", NULL, 16, cl), 255);
	ATF_CHECK_EQ(
	    strtoll_l("-9223372036854775808", NULL, 10, u8), LLONG_MIN);
	ATF_CHECK_EQ(strtoull_l("0x10", NULL, 0, cl), 16);
	ATF_CHECK_EQ(strtoq_l("077", NULL, 0, u8), 63);
	ATF_CHECK_EQ(strtouq_l("z", NULL, 36, u8), 35);
	ATF_CHECK_EQ(strtoimax_l("-12", NULL, 10, u8), -12);
	ATF_CHECK_EQ(strtoumax_l("12", NULL, 8, cl), 10);
	errno = 0;
	ATF_CHECK_EQ(strtol_l("99999999999999999999", NULL, 10, u8), LONG_MAX);
	ATF_CHECK_EQ(errno, ERANGE);
	errno = 0;
	ATF_CHECK_EQ(strtoul_l("1", NULL, 99, cl), 0);
	ATF_CHECK_EQ(errno, EINVAL);
	unchanged();
}

TC(strtod_family_l, "strtod_l, strtof_l, strtold_l")
{
	char *end;

	locales();
	ATF_CHECK_EQ(strtod_l("1.25e2z", &end, u8), 125.0);
	ATF_CHECK_EQ(*end, 'z');
	ATF_CHECK_EQ(strtof_l("0.5", NULL, cl), 0.5f);
	ATF_CHECK_EQ(strtold_l("-0x1p-2", NULL, u8), -0.25L);
	errno = 0;
	ATF_CHECK(strtod_l("1e999", NULL, cl) > 1e308);
	ATF_CHECK_EQ(errno, ERANGE);
	unchanged();
}

TC(wcsto_family_l,
    "the wide conversions: wcstol_l ... wcstold_l, "
    "wcstoimax_l, wcstoumax_l")
{
	wchar_t *end;

	locales();
	ATF_CHECK_EQ(wcstol_l(L"-17!", &end, 10, u8), -17);
	ATF_CHECK_EQ(*end, L'!');
	ATF_CHECK_EQ(wcstoul_l(L"10", NULL, 2, cl), 2);
	ATF_CHECK_EQ(wcstoll_l(L"-5", NULL, 10, u8), -5);
	ATF_CHECK_EQ(wcstoull_l(L"0x1f", NULL, 16, cl), 31);
	ATF_CHECK_EQ(wcstoimax_l(L"-3", NULL, 10, u8), -3);
	ATF_CHECK_EQ(wcstoumax_l(L"7", NULL, 10, u8), 7);
	ATF_CHECK_EQ(wcstod_l(L"2.5", NULL, u8), 2.5);
	ATF_CHECK_EQ(wcstof_l(L"0.25", NULL, cl), 0.25f);
	ATF_CHECK_EQ(wcstold_l(L"4", NULL, u8), 4.0L);
	unchanged();
}

TC(strftime_l_test,
    "strftime_l, wcsftime_l and strptime_l agree with the "
    "plain functions")
{
	struct tm tm, back;
	char a[64], b[64];
	wchar_t w[64];

	locales();
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = 126;
	tm.tm_mon = 10;
	tm.tm_mday = 21;
	tm.tm_hour = 9;
	tm.tm_min = 45;
	tm.tm_wday = 6;
	tm.tm_yday = 324;
	ATF_CHECK(strftime_l(a, sizeof(a), "%A %d %B %Y %H:%M", &tm, u8) > 0);
	ATF_CHECK(strftime(b, sizeof(b), "%A %d %B %Y %H:%M", &tm) > 0);
	ATF_CHECK_STREQ(a, b);
	ATF_CHECK_STREQ(a, "Saturday 21 November 2026 09:45");
	ATF_CHECK_EQ(strftime_l(a, 4, "%Y-%m", &tm, cl), 0);
	ATF_CHECK_EQ(wcsftime_l(w, 64, L"%Y-%m-%d", &tm, u8), 10);
	ATF_CHECK(wcscmp(w, L"2026-11-21") == 0);
	memset(&back, 0, sizeof(back));
	ATF_CHECK(strptime_l("2026-11-21 09:45", "%Y-%m-%d %H:%M", &back, u8) !=
	    NULL);
	ATF_CHECK_EQ(back.tm_year, 126);
	ATF_CHECK_EQ(back.tm_mday, 21);
	ATF_CHECK_EQ(back.tm_min, 45);
	unchanged();
}

TC(localeconv_l_test, "localeconv_l gives the locale's numeric conventions")
{
	struct lconv *lc;

	locales();
	lc = localeconv_l(u8);
	ATF_REQUIRE(lc != NULL);
	ATF_CHECK_STREQ(lc->decimal_point, ".");
	lc = localeconv_l(cl);
	ATF_REQUIRE(lc != NULL);
	ATF_CHECK_STREQ(lc->decimal_point, ".");
	ATF_CHECK_STREQ(lc->thousands_sep, "");
	unchanged();
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, mbrtowc_l_test);
	ATF_TP_ADD_TC(tp, over_uselocale);
	ATF_TP_ADD_TC(tp, global_locale_arg);
	ATF_TP_ADD_TC(tp, mbtowc_mblen_l);
	ATF_TP_ADD_TC(tp, wcrtomb_wctomb_l);
	ATF_TP_ADD_TC(tp, string_conversions);
	ATF_TP_ADD_TC(tp, btowc_wctob_l);
	ATF_TP_ADD_TC(tp, mbrlen_mbsinit_l);
	ATF_TP_ADD_TC(tp, wcwidth_l_test);
	ATF_TP_ADD_TC(tp, mb_cur_max_l);
	ATF_TP_ADD_TC(tp, snprintf_l_test);
	ATF_TP_ADD_TC(tp, asprintf_l_test);
	ATF_TP_ADD_TC(tp, fprintf_dprintf_l);
	ATF_TP_ADD_TC(tp, printf_l_test);
	ATF_TP_ADD_TC(tp, sscanf_l_test);
	ATF_TP_ADD_TC(tp, fscanf_scanf_l);
	ATF_TP_ADD_TC(tp, va_list_forms);
	ATF_TP_ADD_TC(tp, strtol_family_l);
	ATF_TP_ADD_TC(tp, strtod_family_l);
	ATF_TP_ADD_TC(tp, wcsto_family_l);
	ATF_TP_ADD_TC(tp, strftime_l_test);
	ATF_TP_ADD_TC(tp, localeconv_l_test);
	return atf_no_error();
}
