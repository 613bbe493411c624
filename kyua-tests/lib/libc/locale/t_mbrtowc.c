/*
 * t_mbrtowc: multibyte to wide conversion in the C and UTF-8 locales:
 * mbrtowc, mbrlen, mbsinit, mbtowc, mblen, btowc, wctob.  Valid forms
 * of every length, overlong forms, surrogates, values above 0x10ffff,
 * bad continuation bytes and sequences split across calls.
 */
#include <atf-c.h>
#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "h_tc.h"

static void
utf8(void)
{
	ATF_REQUIRE(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
}

/* Convert s (n bytes) in one call from a fresh state. */
static size_t
conv(const char *s, size_t n, wchar_t *wc)
{
	mbstate_t st;

	memset(&st, 0, sizeof(st));
	*wc = (wchar_t)0x5a5a5a5a;
	return mbrtowc(wc, s, n, &st);
}

TC(c_locale_bytes,
    "in the C locale every byte is one character with its "
    "own value (NetBSD's choice), NUL gives 0")
{
	wchar_t wc;
	char b[1];
	int c;

	for (c = 1; c < 256; c++) {
		b[0] = (char)c;
		ATF_CHECK_EQ(conv(b, 1, &wc), 1);
		ATF_CHECK_EQ(wc, c);
	}
	ATF_CHECK_EQ(conv("", 1, &wc), 0);
	ATF_CHECK_EQ(wc, 0);
}

TC(utf8_valid_lengths,
    "valid UTF-8 of 1 to 4 bytes, including the "
    "boundaries of each length")
{
	static const struct {
		const char *s;
		size_t len;
		wchar_t wc;
	} t[] = {
		{ "A", 1, 0x41 },
		{ "\x7f", 1, 0x7f },
		{ "\xc2\x80", 2, 0x80 },
		{ "\xc3\xa9", 2, 0xe9 },
		{ "\xdf\xbf", 2, 0x7ff },
		{ "\xe0\xa0\x80", 3, 0x800 },
		{ "\xe2\x82\xac", 3, 0x20ac },
		{ "\xed\x9f\xbf", 3, 0xd7ff },
		{ "\xee\x80\x80", 3, 0xe000 },
		{ "\xef\xbf\xbd", 3, 0xfffd },
		{ "\xef\xbf\xbf", 3, 0xffff },
		{ "\xf0\x90\x80\x80", 4, 0x10000 },
		{ "\xf0\x9f\x98\x80", 4, 0x1f600 },
		{ "\xf4\x8f\xbf\xbf", 4, 0x10ffff },
	};
	wchar_t wc;
	size_t i;

	utf8();
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		ATF_CHECK_EQ_MSG(conv(t[i].s, 8, &wc), t[i].len, "case %zu", i);
		ATF_CHECK_EQ_MSG(wc, t[i].wc, "case %zu", i);
	}
}

TC(utf8_invalid,
    "overlong forms, surrogates, values above 0x10ffff, bad "
    "lead and continuation bytes give EILSEQ")
{
	static const char *const bad[] = {
		"\x80",
		"\xbf",
		"\xc0\x80",
		"\xc1\xbf",
		"\xe0\x80\x80",
		"\xe0\x9f\xbf",
		"\xf0\x80\x80\x80",
		"\xf0\x8f\xbf\xbf",
		"\xed\xa0\x80",
		"\xed\xbf\xbf",
		"\xf4\x90\x80\x80",
		"\xf5\x80\x80\x80",
		"\xf8\x88\x80\x80\x80",
		"\xfe",
		"\xff",
		"\xc3\x28",
		"\xe2\x82\x28",
		"\xf0\x9f\x98\x28",
		"\xc3\xc3",
		"\xe2\x00",
	};
	wchar_t wc;
	size_t i;

	utf8();
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		errno = 0;
		ATF_CHECK_EQ_MSG(conv(bad[i], strlen(bad[i]) + 1, &wc),
		    (size_t)-1, "case %zu", i);
		ATF_CHECK_EQ_MSG(errno, EILSEQ, "case %zu", i);
	}
}

TC(utf8_partial_state,
    "a sequence split over several calls returns -2 "
    "with state kept, then the remaining byte count")
{
	const char *euro = "\xe2\x82\xac";
	const char *smile = "\xf0\x9f\x98\x80";
	mbstate_t st;
	wchar_t wc = 0;

	utf8();
	memset(&st, 0, sizeof(st));
	ATF_CHECK(mbsinit(&st));
	ATF_CHECK_EQ(mbrtowc(&wc, euro, 1, &st), (size_t)-2);
	ATF_CHECK(!mbsinit(&st));
	ATF_CHECK_EQ(mbrtowc(&wc, euro + 1, 1, &st), (size_t)-2);
	ATF_CHECK_EQ(mbrtowc(&wc, euro + 2, 1, &st), 1);
	ATF_CHECK_EQ(wc, 0x20ac);
	ATF_CHECK(mbsinit(&st));

	ATF_CHECK_EQ(mbrtowc(&wc, smile, 2, &st), (size_t)-2);
	ATF_CHECK_EQ(mbrtowc(&wc, smile + 2, 5, &st), 2);
	ATF_CHECK_EQ(wc, 0x1f600);
	ATF_CHECK(mbsinit(&st));
}

TC(utf8_partial_then_invalid,
    "a partial sequence followed by a bad byte "
    "gives EILSEQ")
{
	mbstate_t st;
	wchar_t wc;

	utf8();
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(mbrtowc(&wc, "\xe2", 1, &st), (size_t)-2);
	errno = 0;
	ATF_CHECK_EQ(mbrtowc(&wc, "A", 1, &st), (size_t)-1);
	ATF_CHECK_EQ(errno, EILSEQ);
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(mbrtowc(&wc, "\xed", 1, &st), (size_t)-2);
	ATF_CHECK_EQ(mbrtowc(&wc, "\xa0", 1, &st), (size_t)-1);
}

TC(zero_length_and_null, "n == 0 gives -2; s == NULL resets and returns 0")
{
	mbstate_t st;
	wchar_t wc;

	utf8();
	memset(&st, 0, sizeof(st));
	ATF_CHECK_EQ(mbrtowc(&wc, "A", 0, &st), (size_t)-2);
	ATF_CHECK_EQ(mbrtowc(NULL, NULL, 0, &st), 0);
	ATF_CHECK_EQ(mbrtowc(&wc, "\xc3", 1, &st), (size_t)-2);
	ATF_CHECK_EQ(mbrtowc(&wc, "\xa9", 1, NULL), (size_t)-1);
	ATF_CHECK_EQ(mbrtowc(&wc, "\xa9", 1, &st), 1);
	ATF_CHECK_EQ(wc, 0xe9);
}

TC(internal_state,
    "mbrtowc and mbrlen with NULL state keep separate "
    "hidden states")
{
	wchar_t wc;

	utf8();
	ATF_CHECK_EQ(mbrtowc(&wc, "\xc3", 1, NULL), (size_t)-2);
	ATF_CHECK_EQ(mbrlen("\xe2\x82", 2, NULL), (size_t)-2);
	ATF_CHECK_EQ(mbrtowc(&wc, "\xa9", 1, NULL), 1);
	ATF_CHECK_EQ(wc, 0xe9);
	ATF_CHECK_EQ(mbrlen("\xac", 1, NULL), 1);
}

TC(mbtowc_mblen,
    "mbtowc and mblen: lengths, NUL, incomplete is an "
    "error, NULL asks about shift states")
{
	wchar_t wc;

	utf8();
	ATF_CHECK_EQ(mbtowc(&wc, "\xc3\xa9x", 3), 2);
	ATF_CHECK_EQ(wc, 0xe9);
	ATF_CHECK_EQ(mbtowc(&wc, "", 1), 0);
	errno = 0;
	ATF_CHECK_EQ(mbtowc(&wc, "\xe2\x82", 2), -1);
	ATF_CHECK_EQ(errno, EILSEQ);
	ATF_CHECK_EQ(mbtowc(NULL, NULL, 0), 0);
	ATF_CHECK_EQ(mblen("\xf0\x9f\x98\x80", 4), 4);
	ATF_CHECK_EQ(mblen("\xff", 1), -1);
	ATF_CHECK_EQ(mblen(NULL, 0), 0);
}

TC(btowc_wctob, "btowc and wctob in C and UTF-8")
{
	ATF_REQUIRE(setlocale(LC_CTYPE, "C") != NULL);
	ATF_CHECK_EQ(btowc('A'), L'A');
	ATF_CHECK_EQ(btowc(0xe9), 0xe9);
	ATF_CHECK_EQ(btowc(-1), WEOF);
	ATF_CHECK_EQ(wctob(0xe9), 0xe9);
	ATF_CHECK_EQ(wctob(0x100), -1);
	utf8();
	ATF_CHECK_EQ(btowc('A'), L'A');
	ATF_CHECK_EQ(btowc(0xe9), WEOF);
	ATF_CHECK_EQ(btowc(0x80), WEOF);
	ATF_CHECK_EQ(wctob(L'z'), 'z');
	ATF_CHECK_EQ(wctob(0xe9), -1);
	ATF_CHECK_EQ(wctob(WEOF), -1);
}

TC(utf8_ascii_and_c1,
    "ASCII bytes are themselves in UTF-8, and every "
    "byte 0x80..0xff alone is an error or a prefix")
{
	wchar_t wc;
	char b[1];
	int c;

	utf8();
	for (c = 1; c < 0x80; c++) {
		b[0] = (char)c;
		ATF_CHECK_EQ(conv(b, 1, &wc), 1);
		ATF_CHECK_EQ(wc, c);
	}
	for (c = 0x80; c < 0x100; c++) {
		b[0] = (char)c;
		if (c >= 0xc2 && c <= 0xf4)
			ATF_CHECK_EQ_MSG(conv(b, 1, &wc), (size_t)-2, "%#x", c);
		else
			ATF_CHECK_EQ_MSG(conv(b, 1, &wc), (size_t)-1, "%#x", c);
	}
}

/*
 * The well-formed UTF-8 byte ranges of the Unicode standard (table 3-7),
 * written out here independently of libc: the allowed range of the
 * second byte for a lead byte, or 0 if the lead is not allowed.
 */
static int
second_range(int lead, int *lo, int *hi)
{
	*lo = 0x80;
	*hi = 0xbf;
	if (lead >= 0xc2 && lead <= 0xdf)
		return 2;
	if (lead >= 0xe0 && lead <= 0xef) {
		if (lead == 0xe0)
			*lo = 0xa0;
		if (lead == 0xed)
			*hi = 0x9f;
		return 3;
	}
	if (lead >= 0xf0 && lead <= 0xf4) {
		if (lead == 0xf0)
			*lo = 0x90;
		if (lead == 0xf4)
			*hi = 0x8f;
		return 4;
	}
	return 0;
}

/* Check one sequence of len bytes against the table. */
static void
check_seq(const unsigned char *b, int len)
{
	int lo, hi, need, i, ok;
	unsigned v;
	wchar_t wc;
	size_t r;

	need = second_range(b[0], &lo, &hi);
	ok = need == len && b[1] >= lo && b[1] <= hi;
	for (i = 2; i < len; i++)
		ok = ok && b[i] >= 0x80 && b[i] <= 0xbf;
	r = conv((const char *)b, (size_t)len, &wc);
	if (!ok) {
		ATF_REQUIRE_EQ_MSG(r, (size_t)-1, "%02x %02x %02x %02x", b[0],
		    b[1], len > 2 ? b[2] : 0, len > 3 ? b[3] : 0);
		return;
	}
	v = b[0] & (0x7f >> len);
	for (i = 1; i < len; i++)
		v = v << 6 | (b[i] & 0x3f);
	ATF_REQUIRE_EQ_MSG(
	    r, (size_t)len, "%02x %02x %02x", b[0], b[1], len > 2 ? b[2] : 0);
	ATF_REQUIRE_EQ((unsigned)wc, v);
}

TC(utf8_exhaustive,
    "every 2- and 3-byte sequence, and 4-byte sequences "
    "over all first three bytes, decode exactly as the "
    "Unicode table of well-formed UTF-8 says")
{
	static const int last[] = { 0x00, 0x7f, 0x80, 0xa5, 0xbf, 0xc0, 0xff };
	unsigned char b[4];
	int x, y, z, w;

	utf8();
	for (x = 0xc0; x <= 0xdf; x++)
		for (y = 0; y < 256; y++) {
			b[0] = (unsigned char)x;
			b[1] = (unsigned char)y;
			check_seq(b, 2);
		}
	for (x = 0xe0; x <= 0xef; x++)
		for (y = 0; y < 256; y++)
			for (z = 0; z < 256; z++) {
				b[0] = (unsigned char)x;
				b[1] = (unsigned char)y;
				b[2] = (unsigned char)z;
				check_seq(b, 3);
			}
	for (x = 0xf0; x <= 0xf4; x++)
		for (y = 0; y < 256; y++)
			for (z = 0; z < 256; z++)
				for (w = 0; w < 7; w++) {
					b[0] = (unsigned char)x;
					b[1] = (unsigned char)y;
					b[2] = (unsigned char)z;
					b[3] = (unsigned char)last[w];
					check_seq(b, 4);
				}
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, c_locale_bytes);
	ATF_TP_ADD_TC(tp, utf8_valid_lengths);
	ATF_TP_ADD_TC(tp, utf8_invalid);
	ATF_TP_ADD_TC(tp, utf8_partial_state);
	ATF_TP_ADD_TC(tp, utf8_partial_then_invalid);
	ATF_TP_ADD_TC(tp, zero_length_and_null);
	ATF_TP_ADD_TC(tp, internal_state);
	ATF_TP_ADD_TC(tp, mbtowc_mblen);
	ATF_TP_ADD_TC(tp, btowc_wctob);
	ATF_TP_ADD_TC(tp, utf8_ascii_and_c1);
	ATF_TP_ADD_TC(tp, utf8_exhaustive);
	return atf_no_error();
}
