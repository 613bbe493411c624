/*
 * t_wcrtomb: wide to multibyte and string conversions: wcrtomb, wctomb,
 * wcsrtombs, wcsnrtombs, wcstombs, mbsrtowcs, mbsnrtowcs, mbstowcs, with
 * short buffers, unconvertible characters and source pointer updates.
 */
#include <atf-c.h>
#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "h_tc.h"

static void
utf8(void)
{
	ATF_REQUIRE(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
}

TC(wcrtomb_utf8,
    "wcrtomb encodes 1 to 4 bytes and refuses surrogates, "
    "negative values and values above 0x10ffff")
{
	char buf[8];
	mbstate_t st;

	utf8();
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(wcrtomb(buf, L'A', &st), 1);
	ATF_CHECK_EQ(buf[0], 'A');
	ATF_CHECK_EQ(wcrtomb(buf, 0xe9, &st), 2);
	ATF_CHECK_EQ(memcmp(buf, "\xc3\xa9", 2), 0);
	ATF_CHECK_EQ(wcrtomb(buf, 0x20ac, &st), 3);
	ATF_CHECK_EQ(memcmp(buf, "\xe2\x82\xac", 3), 0);
	ATF_CHECK_EQ(wcrtomb(buf, 0x10ffff, &st), 4);
	ATF_CHECK_EQ(memcmp(buf, "\xf4\x8f\xbf\xbf", 4), 0);
	errno = 0;
	ATF_CHECK_EQ(wcrtomb(buf, 0xd800, &st), (size_t)-1);
	ATF_CHECK_EQ(errno, EILSEQ);
	ATF_CHECK_EQ(wcrtomb(buf, 0x110000, &st), (size_t)-1);
	ATF_CHECK_EQ(wcrtomb(buf, -1, &st), (size_t)-1);
	ATF_CHECK_EQ(wcrtomb(NULL, 0x20ac, &st), 1);
}

TC(wcrtomb_c_locale, "in the C locale only 0..255 can be converted")
{
	char buf[4];

	ATF_REQUIRE(setlocale(LC_CTYPE, "C") != NULL);
	ATF_CHECK_EQ(wcrtomb(buf, 0xe9, NULL), 1);
	ATF_CHECK_EQ((unsigned char)buf[0], 0xe9);
	errno = 0;
	ATF_CHECK_EQ(wcrtomb(buf, 0x100, NULL), (size_t)-1);
	ATF_CHECK_EQ(errno, EILSEQ);
	ATF_CHECK_EQ(wctomb(buf, 0x20ac), -1);
	ATF_CHECK_EQ(wctomb(NULL, 0), 0);
}

TC(roundtrip_all,
    "every code point: surrogates fail with EILSEQ, all "
    "others encode in the expected number of bytes and "
    "decode back")
{
	char buf[8];
	wchar_t wc, back;
	size_t n, want;
	mbstate_t st;

	utf8();
	for (wc = 1; wc <= 0x10ffff; wc++) {
		memset(&st, 0, sizeof(st));
		n = wcrtomb(buf, wc, &st);
		if (wc >= 0xd800 && wc <= 0xdfff) {
			ATF_REQUIRE_EQ_MSG(
			    n, (size_t)-1, "wc=%#x", (unsigned)wc);
			continue;
		}
		want = wc < 0x80 ? 1 : wc < 0x800 ? 2 : wc < 0x10000 ? 3 : 4;
		ATF_REQUIRE_EQ_MSG(n, want, "wc=%#x", (unsigned)wc);
		ATF_REQUIRE_EQ_MSG(
		    mbrtowc(&back, buf, n, &st), n, "wc=%#x", (unsigned)wc);
		ATF_REQUIRE_EQ(back, wc);
	}
}

TC(wcsrtombs_basic,
    "wcsrtombs converts, stores the NUL and sets the "
    "source to NULL")
{
	const wchar_t *src = L"h\xe9\x20ac!";
	char buf[16];

	utf8();
	ATF_CHECK_EQ(wcsrtombs(buf, &src, sizeof(buf), NULL), 7);
	ATF_CHECK_STREQ(buf, "h\xc3\xa9\xe2\x82\xac!");
	ATF_CHECK(src == NULL);
	src = L"h\xe9\x20ac!";
	ATF_CHECK_EQ(wcsrtombs(NULL, &src, 0, NULL), 7);
	ATF_CHECK(src != NULL);
}

TC(wcsrtombs_short,
    "wcsrtombs never splits a character: it stops before "
    "one that does not fit and points the source at it")
{
	const wchar_t *w = L"a\x20ac"
			   L"b";
	const wchar_t *src = w;
	char buf[8];

	utf8();
	memset(buf, 'z', sizeof(buf));
	ATF_CHECK_EQ(wcsrtombs(buf, &src, 3, NULL), 1);
	ATF_CHECK(src == w + 1);
	ATF_CHECK_EQ(buf[1], 'z');
	src = w;
	ATF_CHECK_EQ(wcsrtombs(buf, &src, 5, NULL), 5);
	ATF_CHECK(src == w + 3);
}

TC(wcsrtombs_eilseq,
    "an unconvertible character gives -1/EILSEQ with the "
    "source pointing at it")
{
	const wchar_t w[] = { L'o', L'k', 0xd800, L'x', 0 };
	const wchar_t *src = w;
	char buf[16];

	utf8();
	errno = 0;
	ATF_CHECK_EQ(wcsrtombs(buf, &src, sizeof(buf), NULL), (size_t)-1);
	ATF_CHECK_EQ(errno, EILSEQ);
	ATF_CHECK(src == w + 2);
	ATF_CHECK_EQ(wcstombs(NULL, w, 0), (size_t)-1);
}

TC(wcsnrtombs_limit, "wcsnrtombs reads at most nwc wide characters")
{
	const wchar_t *w = L"abcdef";
	const wchar_t *src = w;
	char buf[16];

	utf8();
	memset(buf, 'z', sizeof(buf));
	ATF_CHECK_EQ(wcsnrtombs(buf, &src, 3, sizeof(buf), NULL), 3);
	ATF_CHECK(src == w + 3);
	ATF_CHECK_EQ(memcmp(buf, "abcz", 4), 0);
}

TC(mbsrtowcs_basic,
    "mbsrtowcs converts a string, counts without a "
    "destination, and stops at len")
{
	const char *s = "x\xc3\xa9\xf0\x9f\x98\x80y";
	const char *src = s;
	wchar_t w[8];

	utf8();
	ATF_CHECK_EQ(mbsrtowcs(w, &src, 8, NULL), 4);
	ATF_CHECK(src == NULL);
	ATF_CHECK(w[0] == L'x' && w[1] == 0xe9 && w[2] == 0x1f600 &&
	    w[3] == L'y' && w[4] == 0);
	src = s;
	ATF_CHECK_EQ(mbsrtowcs(NULL, &src, 0, NULL), 4);
	ATF_CHECK(src == s);
	ATF_CHECK_EQ(mbsrtowcs(w, &src, 2, NULL), 2);
	ATF_CHECK(src == s + 3);
}

TC(mbsrtowcs_eilseq,
    "an invalid byte gives -1/EILSEQ with the source "
    "pointing at it")
{
	const char *s = "ab\xc0\x80"
			"cd";
	const char *src = s;
	wchar_t w[8];

	utf8();
	errno = 0;
	ATF_CHECK_EQ(mbsrtowcs(w, &src, 8, NULL), (size_t)-1);
	ATF_CHECK_EQ(errno, EILSEQ);
	ATF_CHECK(src == s + 2);
	ATF_CHECK_EQ(mbstowcs(NULL, s, 0), (size_t)-1);
}

TC(mbsnrtowcs_split,
    "mbsnrtowcs with a byte limit inside a character "
    "keeps the partial bytes in the state")
{
	const char *s = "a\xe2\x82\xac";
	const char *src = s;
	wchar_t w[4];
	mbstate_t st;

	utf8();
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(mbsnrtowcs(w, &src, 2, 4, &st), 1);
	ATF_CHECK(src == s + 2);
	ATF_CHECK(!mbsinit(&st));
	ATF_CHECK_EQ(mbsnrtowcs(w, &src, 10, 4, &st), 1);
	ATF_CHECK_EQ(w[0], 0x20ac);
	ATF_CHECK(src == NULL);
}

TC(mbstowcs_wcstombs, "mbstowcs and wcstombs round-trip a string")
{
	wchar_t w[16];
	char b[32];

	utf8();
	ATF_CHECK_EQ(mbstowcs(w, "\xce\xb1\xce\xb2\xce\xb3", 16), 3);
	ATF_CHECK(w[0] == 0x3b1 && w[2] == 0x3b3);
	ATF_CHECK_EQ(wcstombs(b, w, sizeof(b)), 6);
	ATF_CHECK_STREQ(b, "\xce\xb1\xce\xb2\xce\xb3");
}

TC(wcsftime_formats,
    "wcsftime formats like strftime, handles wide "
    "text in the format, and returns 0 when the result "
    "does not fit")
{
	struct tm tm;
	wchar_t buf[64];

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = 124;
	tm.tm_mon = 1;
	tm.tm_mday = 29;
	tm.tm_hour = 13;
	tm.tm_min = 5;
	tm.tm_sec = 9;
	tm.tm_wday = 4;
	ATF_REQUIRE_EQ(wcsftime(buf, 64, L"%Y-%m-%d %H:%M:%S", &tm), 19);
	ATF_CHECK(wcscmp(buf, L"2024-02-29 13:05:09") == 0);
	ATF_CHECK_EQ(wcsftime(buf, 64, L"%A %B", &tm), 17);
	ATF_CHECK(wcscmp(buf, L"Thursday February") == 0);
	utf8();
	ATF_CHECK_EQ(wcsftime(buf, 64, L"\x65e5:%d\x20ac", &tm), 5);
	ATF_CHECK(wcscmp(buf, L"\x65e5:29\x20ac") == 0);
	ATF_CHECK_EQ(wcsftime(buf, 10, L"%Y-%m-%d", &tm), 0);
	ATF_CHECK_EQ(wcsftime(buf, 11, L"%Y-%m-%d", &tm), 10);
	ATF_CHECK_EQ(wcsftime(buf, 0, L"%Y", &tm), 0);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, wcrtomb_utf8);
	ATF_TP_ADD_TC(tp, wcrtomb_c_locale);
	ATF_TP_ADD_TC(tp, roundtrip_all);
	ATF_TP_ADD_TC(tp, wcsrtombs_basic);
	ATF_TP_ADD_TC(tp, wcsrtombs_short);
	ATF_TP_ADD_TC(tp, wcsrtombs_eilseq);
	ATF_TP_ADD_TC(tp, wcsnrtombs_limit);
	ATF_TP_ADD_TC(tp, mbsrtowcs_basic);
	ATF_TP_ADD_TC(tp, mbsrtowcs_eilseq);
	ATF_TP_ADD_TC(tp, mbsnrtowcs_split);
	ATF_TP_ADD_TC(tp, mbstowcs_wcstombs);
	ATF_TP_ADD_TC(tp, wcsftime_formats);
	return atf_no_error();
}
