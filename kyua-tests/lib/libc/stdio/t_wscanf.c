/*
 * t_wscanf: the wide scanf family (swscanf, fwscanf, vswscanf): %n counts
 * wide characters, %[ sets of wide characters (ranges, negation, ']'
 * first), widths of %c %s %[ in characters, multibyte stores without l,
 * wide literal characters in the format, EOF and error rules.  Expected
 * values are worked out by hand from C11 7.29.2.2.
 */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include <atf-c.h>

static void
utf8(void)
{
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		atf_tc_skip("no C.UTF-8 locale");
}

/*
 * A stream holding UTF-8 text s, positioned at its start, with no
 * orientation yet (the text is written through the descriptor).
 */
static FILE *
wfile(const char *s)
{
	FILE *f = tmpfile();

	ATF_REQUIRE(f != NULL);
	ATF_REQUIRE(write(fileno(f), s, strlen(s)) == (ssize_t)strlen(s));
	rewind(f);
	return f;
}

ATF_TC_WITHOUT_HEAD(n_counts_characters);
ATF_TC_BODY(n_counts_characters, tc)
{
	wchar_t w[16];
	int n = -1;

	utf8();
	/* "héllo wörld": 11 characters, 13 UTF-8 bytes */
	ATF_CHECK_EQ(swscanf(L"h\xe9llo w\xf6rld", L"%*ls %*ls%n", &n), 0);
	ATF_CHECK_EQ(n, 11);
	ATF_CHECK_EQ(swscanf(L"\x3b1\x3b2\x3b3 xyz", L"%ls%n", w, &n), 1);
	ATF_CHECK(wcscmp(w, L"\x3b1\x3b2\x3b3") == 0);
	ATF_CHECK_EQ(n, 3);
}

ATF_TC_WITHOUT_HEAD(n_non_bmp);
ATF_TC_BODY(n_non_bmp, tc)
{
	int n = -1;

	utf8();
	/* two 4-byte characters and an ASCII one: 3 characters */
	ATF_CHECK_EQ(swscanf(L"\x1f600\x1f601x", L"%*2lc%*c%n", &n), 0);
	ATF_CHECK_EQ(n, 3);
}

ATF_TC_WITHOUT_HEAD(n_fwscanf_stream);
ATF_TC_BODY(n_fwscanf_stream, tc)
{
	wchar_t w[8];
	FILE *f;
	int d = 0, n = -1;

	utf8();
	f = wfile("\xce\xb1\xce\xb2\xce\xb3 12!");
	ATF_CHECK_EQ(fwscanf(f, L"%ls %d%n", w, &d, &n), 2);
	ATF_CHECK(wcscmp(w, L"\x3b1\x3b2\x3b3") == 0);
	ATF_CHECK_EQ(d, 12);
	ATF_CHECK_EQ(n, 6);
	ATF_CHECK_EQ(fgetwc(f), L'!');
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(lset_greek_range);
ATF_TC_BODY(lset_greek_range, tc)
{
	wchar_t w[16];
	int n = -1;

	utf8();
	ATF_CHECK_EQ(
	    swscanf(L"\x3b1\x3b2\x3b3\x3b4\x3c9", L"%l[\x3b1-\x3b3]%n", w, &n),
	    1);
	ATF_CHECK(wcscmp(w, L"\x3b1\x3b2\x3b3") == 0);
	ATF_CHECK_EQ(n, 3);
	/* nothing in the range: a matching failure */
	ATF_CHECK_EQ(swscanf(L"xyz", L"%l[\x3b1-\x3c9]", w), 0);
}

ATF_TC_WITHOUT_HEAD(lset_negated_range);
ATF_TC_BODY(lset_negated_range, tc)
{
	wchar_t w[16];

	utf8();
	ATF_CHECK_EQ(swscanf(L"abc\x3bb"
			     L"def",
			 L"%l[^\x3b1-\x3c9]", w),
	    1);
	ATF_CHECK(wcscmp(w, L"abc") == 0);
}

ATF_TC_WITHOUT_HEAD(set_not_e_acute);
ATF_TC_BODY(set_not_e_acute, tc)
{
	wchar_t w[16];
	char s[16];

	utf8();
	ATF_CHECK_EQ(swscanf(L"caf\xe9!", L"%[^\xe9]%ls", s, w), 2);
	ATF_CHECK_STREQ(s, "caf");
	ATF_CHECK(wcscmp(w, L"\xe9!") == 0);
	/* e (U+0065) is not é (U+00E9): a byte set would confuse them */
	ATF_CHECK_EQ(swscanf(L"e\xe8\xe9", L"%l[^\xe9]", w), 1);
	ATF_CHECK(wcscmp(w, L"e\xe8") == 0);
}

ATF_TC_WITHOUT_HEAD(set_stores_multibyte);
ATF_TC_BODY(set_stores_multibyte, tc)
{
	char s[16];

	utf8();
	ATF_CHECK_EQ(swscanf(L"\xf1"
			     L"and\xfa,x",
			 L"%[^,]", s),
	    1);
	ATF_CHECK_STREQ(s,
	    "\xc3\xb1"
	    "and\xc3\xba");
}

ATF_TC_WITHOUT_HEAD(set_bracket_first);
ATF_TC_BODY(set_bracket_first, tc)
{
	wchar_t w[16];

	utf8();
	ATF_CHECK_EQ(swscanf(L"]]\x3b1x", L"%l[]\x3b1]", w), 1);
	ATF_CHECK(wcscmp(w, L"]]\x3b1") == 0);
	ATF_CHECK_EQ(swscanf(L"a\x3b2]c", L"%l[^]]", w), 1);
	ATF_CHECK(wcscmp(w, L"a\x3b2") == 0);
}

ATF_TC_WITHOUT_HEAD(set_dash_and_reversed);
ATF_TC_BODY(set_dash_and_reversed, tc)
{
	wchar_t w[16];

	utf8();
	/* a '-' last is itself */
	ATF_CHECK_EQ(swscanf(L"-\x3b1-b", L"%l[\x3b1-]", w), 1);
	ATF_CHECK(wcscmp(w, L"-\x3b1-") == 0);
	/* ω-α is not a range: the three characters ω, -, α */
	ATF_CHECK_EQ(swscanf(L"\x3b1-\x3c9\x3b2", L"%l[\x3c9-\x3b1]", w), 1);
	ATF_CHECK(wcscmp(w, L"\x3b1-\x3c9") == 0);
}

ATF_TC_WITHOUT_HEAD(set_non_bmp_range);
ATF_TC_BODY(set_non_bmp_range, tc)
{
	wchar_t w[16];
	int n = -1;

	utf8();
	ATF_CHECK_EQ(
	    swscanf(L"\x1f600\x1f64f\x1f650", L"%l[\x1f600-\x1f64f]%n", w, &n),
	    1);
	ATF_CHECK(wcscmp(w, L"\x1f600\x1f64f") == 0);
	ATF_CHECK_EQ(n, 2);
}

ATF_TC_WITHOUT_HEAD(set_width_characters);
ATF_TC_BODY(set_width_characters, tc)
{
	wchar_t w[16];
	char s[16];

	utf8();
	ATF_CHECK_EQ(
	    swscanf(L"\x4e2d\x6587\x5b57", L"%2l[^x]%l[^x]", w, w + 4), 2);
	ATF_CHECK(wcscmp(w, L"\x4e2d\x6587") == 0);
	ATF_CHECK(wcscmp(w + 4, L"\x5b57") == 0);
	/* without l the width still counts characters: 2 of 3 bytes each */
	ATF_CHECK_EQ(swscanf(L"\x4e2d\x6587\x5b57", L"%2[^x]", s), 1);
	ATF_CHECK_STREQ(s, "\xe4\xb8\xad\xe6\x96\x87");
}

ATF_TC_WITHOUT_HEAD(lc_width);
ATF_TC_BODY(lc_width, tc)
{
	wchar_t w[8];
	int n = -1;

	utf8();
	wmemset(w, L'#', 8);
	ATF_CHECK_EQ(
	    swscanf(L"\x3b1\x3b2\x3b3\x3b4\x3b5\x3b6", L"%5lc%n", w, &n), 1);
	ATF_CHECK(wmemcmp(w, L"\x3b1\x3b2\x3b3\x3b4\x3b5", 5) == 0);
	ATF_CHECK_EQ(w[5], L'#'); /* %c stores no terminator */
	ATF_CHECK_EQ(n, 5);
	/* input ends inside the width: what there is is stored */
	wmemset(w, L'#', 8);
	ATF_CHECK_EQ(swscanf(L"\x3b1\x3b2", L"%5lc%n", w, &n), 1);
	ATF_CHECK(wmemcmp(w, L"\x3b1\x3b2#", 3) == 0);
}

ATF_TC_WITHOUT_HEAD(c_stores_multibyte);
ATF_TC_BODY(c_stores_multibyte, tc)
{
	char s[8];

	utf8();
	memset(s, '#', sizeof(s));
	ATF_CHECK_EQ(swscanf(L"\xe9x", L"%c", s), 1);
	ATF_CHECK(memcmp(s, "\xc3\xa9#", 3) == 0);
	memset(s, '#', sizeof(s));
	ATF_CHECK_EQ(swscanf(L"\x3b1\x3b2\x3b3\x3b4", L"%3c", s), 1);
	ATF_CHECK(memcmp(s, "\xce\xb1\xce\xb2\xce\xb3#", 7) == 0);
}

ATF_TC_WITHOUT_HEAD(ls_width);
ATF_TC_BODY(ls_width, tc)
{
	wchar_t a[8], b[8];
	int n = -1;

	utf8();
	ATF_CHECK_EQ(
	    swscanf(L"\x3b1\x3b2\x3b3\x3b4\x3b5", L"%3ls%n%ls", a, &n, b), 2);
	ATF_CHECK(wcscmp(a, L"\x3b1\x3b2\x3b3") == 0);
	ATF_CHECK(wcscmp(b, L"\x3b4\x3b5") == 0);
	ATF_CHECK_EQ(n, 3);
}

ATF_TC_WITHOUT_HEAD(s_into_char_buffer);
ATF_TC_BODY(s_into_char_buffer, tc)
{
	char s[16], t[16];

	utf8();
	ATF_CHECK_EQ(swscanf(L"\xe9t\xe9 \x20ac", L"%s %s", s, t), 2);
	ATF_CHECK_STREQ(s, "\xc3\xa9t\xc3\xa9");
	ATF_CHECK_STREQ(t, "\xe2\x82\xac");
	/* %2s: two characters, four bytes */
	ATF_CHECK_EQ(swscanf(L"\xe9\xe9\xe9", L"%2s", s), 1);
	ATF_CHECK_STREQ(s, "\xc3\xa9\xc3\xa9");
}

ATF_TC_WITHOUT_HEAD(s_unconvertible_c_locale);
ATF_TC_BODY(s_unconvertible_c_locale, tc)
{
	wchar_t w[8];
	char s[8];

	ATF_REQUIRE(setlocale(LC_CTYPE, "C") != NULL);
	/* %ls needs no conversion, so any wide character is stored */
	ATF_CHECK_EQ(swscanf(L"\x3b1\x3b2", L"%ls", w), 1);
	ATF_CHECK(wcscmp(w, L"\x3b1\x3b2") == 0);
	/* %s cannot convert α in the C locale: EILSEQ, nothing assigned */
	errno = 0;
	ATF_CHECK_EQ(swscanf(L"\x3b1", L"%s", s), 0);
	ATF_CHECK_EQ(errno, EILSEQ);
}

ATF_TC_WITHOUT_HEAD(literal_wide_characters);
ATF_TC_BODY(literal_wide_characters, tc)
{
	int d = 0, n = -1;

	utf8();
	ATF_CHECK_EQ(swscanf(L"\x3c0=3", L"\x3c0=%d%n", &d, &n), 1);
	ATF_CHECK_EQ(d, 3);
	ATF_CHECK_EQ(n, 3);
	/* ρ is not π */
	ATF_CHECK_EQ(swscanf(L"\x3c1=3", L"\x3c0=%d", &d), 0);
	ATF_CHECK_EQ(swscanf(L"\x20ac"
			     L"12.5",
			 L"\x20ac%d.%n", &d, &n),
	    1);
	ATF_CHECK_EQ(d, 12);
	ATF_CHECK_EQ(n, 4);
}

ATF_TC_WITHOUT_HEAD(numbers_after_wide_text);
ATF_TC_BODY(numbers_after_wide_text, tc)
{
	double x = 0;
	int d = 0, n = -1;

	utf8();
	ATF_CHECK_EQ(swscanf(L"\x20ac"
			     L"12.5 \x3b3"
			     L"7z",
			 L"\x20ac%lf \x3b3%d%n", &x, &d, &n),
	    2);
	ATF_CHECK(x == 12.5);
	ATF_CHECK_EQ(d, 7);
	ATF_CHECK_EQ(n, 8);
}

ATF_TC_WITHOUT_HEAD(float_pushback_wide);
ATF_TC_BODY(float_pushback_wide, tc)
{
	wchar_t w[8];
	double x = 0;
	FILE *f;

	utf8();
	/* "1e+" is read as 1; "e+α" is left */
	ATF_CHECK_EQ(swscanf(L"1e+\x3b1", L"%lf%ls", &x, w), 2);
	ATF_CHECK(x == 1);
	ATF_CHECK(wcscmp(w, L"e+\x3b1") == 0);
	f = wfile("2e-\xce\xb1");
	ATF_CHECK_EQ(fwscanf(f, L"%lf%ls", &x, w), 2);
	ATF_CHECK(x == 2);
	ATF_CHECK(wcscmp(w, L"e-\x3b1") == 0);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(float_no_digits_leaves_input);
ATF_TC_BODY(float_no_digits_leaves_input, tc)
{
	double x = -1;
	FILE *f;

	utf8();
	/* 'e' cannot begin a number: nothing is read */
	f = wfile("e+5\xce\xb4");
	ATF_CHECK_EQ(fwscanf(f, L"%lf", &x), 0);
	ATF_CHECK(x == -1);
	ATF_CHECK_EQ(fgetwc(f), L'e');
	ATF_CHECK_EQ(fgetwc(f), L'+');
	fclose(f);
	/* the byte family alike */
	f = wfile("e7");
	ATF_CHECK_EQ(fscanf(f, "%lf", &x), 0);
	ATF_CHECK_EQ(fgetc(f), 'e');
	fclose(f);
	/* "." has no digit: it is consumed, the 'e' is not */
	f = wfile(".e1");
	ATF_CHECK_EQ(fwscanf(f, L"%lf", &x), 0);
	ATF_CHECK_EQ(fgetwc(f), L'e');
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(fwscanf_leaves_terminator);
ATF_TC_BODY(fwscanf_leaves_terminator, tc)
{
	wchar_t w[8];
	FILE *f;

	utf8();
	f = wfile("\xce\xb1\xce\xb2\xce\xb3,\xce\xb4");
	ATF_CHECK_EQ(fwscanf(f, L"%l[^,]", w), 1);
	ATF_CHECK(wcscmp(w, L"\x3b1\x3b2\x3b3") == 0);
	ATF_CHECK_EQ(fgetwc(f), L',');
	ATF_CHECK_EQ(fgetwc(f), 0x3b4);
	ATF_CHECK_EQ(fgetwc(f), WEOF);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(fwscanf_sets_wide_orientation);
ATF_TC_BODY(fwscanf_sets_wide_orientation, tc)
{
	FILE *f;
	int d = 0;

	f = wfile("5");
	ATF_CHECK_EQ(fwide(f, 0), 0);
	ATF_CHECK_EQ(fwscanf(f, L"%d", &d), 1);
	ATF_CHECK_EQ(d, 5);
	ATF_CHECK(fwide(f, 0) > 0);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(eof_rules);
ATF_TC_BODY(eof_rules, tc)
{
	wchar_t w[8];
	int d = 0;

	utf8();
	ATF_CHECK_EQ(swscanf(L"", L"%ls", w), EOF);
	ATF_CHECK_EQ(swscanf(L"   ", L"%d", &d), EOF);
	ATF_CHECK_EQ(swscanf(L"", L"%l[\x3b1]", w), EOF);
	ATF_CHECK_EQ(swscanf(L"x", L"%d", &d), 0);
	ATF_CHECK_EQ(swscanf(L"\x3b1", L"%lc%lc", w, w + 1), 1);
	ATF_CHECK_EQ(swscanf(L"+", L"%d", &d), 0); /* matching failure */
}

ATF_TC_WITHOUT_HEAD(fwscanf_eof);
ATF_TC_BODY(fwscanf_eof, tc)
{
	wchar_t w[8];
	FILE *f;

	f = wfile("");
	ATF_CHECK_EQ(fwscanf(f, L"%ls", w), EOF);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(eof_after_suppressed_conversion);
ATF_TC_BODY(eof_after_suppressed_conversion, tc)
{
	int d = -1;

	utf8();
	/*
	 * A suppressed conversion completed before the input ran out, so
	 * this is not an input failure before the first conversion: 0, as
	 * our byte family (and NetBSD) return; glibc returns EOF here.
	 */
	ATF_CHECK_EQ(swscanf(L"\x3b1\x3b2", L"%*ls%d", &d), 0);
	ATF_CHECK_EQ(sscanf("ab", "%*s%d", &d), 0);
	ATF_CHECK_EQ(d, -1);
}

ATF_TC_WITHOUT_HEAD(fwscanf_encoding_error);
ATF_TC_BODY(fwscanf_encoding_error, tc)
{
	wchar_t w[8];
	FILE *f;
	int d = 0;

	utf8();
	/* an invalid byte before any conversion: an input failure */
	f = wfile("\xff"
		  "abc");
	errno = 0;
	ATF_CHECK_EQ(fwscanf(f, L"%ls", w), EOF);
	ATF_CHECK_EQ(errno, EILSEQ);
	ATF_CHECK(ferror(f));
	fclose(f);
	/* after one: the count so far */
	f = wfile("7 \xff");
	ATF_CHECK_EQ(fwscanf(f, L"%d %ls", &d, w), 1);
	ATF_CHECK_EQ(d, 7);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(suppress_and_positional);
ATF_TC_BODY(suppress_and_positional, tc)
{
	wchar_t w[8];
	int d = 0, n = -1;

	utf8();
	ATF_CHECK_EQ(swscanf(L"\x3b1\x3b2"
			     L"9",
			 L"%*l[\x3b1-\x3c9]%n%d", &n, &d),
	    1);
	ATF_CHECK_EQ(n, 2);
	ATF_CHECK_EQ(d, 9);
	ATF_CHECK_EQ(swscanf(L"\x3b1\x3b2 5", L"%2$ls %1$d", &d, w), 2);
	ATF_CHECK_EQ(d, 5);
	ATF_CHECK(wcscmp(w, L"\x3b1\x3b2") == 0);
}

ATF_TC_WITHOUT_HEAD(bad_arguments);
ATF_TC_BODY(bad_arguments, tc)
{
	int d = 0;

	errno = 0;
	ATF_CHECK_EQ(swscanf(L"1", L"%y", &d), EOF);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(swscanf(L"1", L"%l[abc", &d), EOF);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(fwscanf(NULL, L"%d", &d), EOF);
	ATF_CHECK_EQ(errno, EBADF);
}

ATF_TC_WITHOUT_HEAD(byte_family_unchanged);
ATF_TC_BODY(byte_family_unchanged, tc)
{
	char s[16];
	int n = -1;

	utf8();
	/* the byte family still counts bytes */
	ATF_CHECK_EQ(sscanf("h\xc3\xa9llo x", "%s%n", s, &n), 1);
	ATF_CHECK_STREQ(s, "h\xc3\xa9llo");
	ATF_CHECK_EQ(n, 6);
	ATF_CHECK_EQ(sscanf("abcd", "%2[a-z]", s), 1);
	ATF_CHECK_STREQ(s, "ab");
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, n_counts_characters);
	ATF_TP_ADD_TC(tp, n_non_bmp);
	ATF_TP_ADD_TC(tp, n_fwscanf_stream);
	ATF_TP_ADD_TC(tp, lset_greek_range);
	ATF_TP_ADD_TC(tp, lset_negated_range);
	ATF_TP_ADD_TC(tp, set_not_e_acute);
	ATF_TP_ADD_TC(tp, set_stores_multibyte);
	ATF_TP_ADD_TC(tp, set_bracket_first);
	ATF_TP_ADD_TC(tp, set_dash_and_reversed);
	ATF_TP_ADD_TC(tp, set_non_bmp_range);
	ATF_TP_ADD_TC(tp, set_width_characters);
	ATF_TP_ADD_TC(tp, lc_width);
	ATF_TP_ADD_TC(tp, c_stores_multibyte);
	ATF_TP_ADD_TC(tp, ls_width);
	ATF_TP_ADD_TC(tp, s_into_char_buffer);
	ATF_TP_ADD_TC(tp, s_unconvertible_c_locale);
	ATF_TP_ADD_TC(tp, literal_wide_characters);
	ATF_TP_ADD_TC(tp, numbers_after_wide_text);
	ATF_TP_ADD_TC(tp, float_pushback_wide);
	ATF_TP_ADD_TC(tp, float_no_digits_leaves_input);
	ATF_TP_ADD_TC(tp, fwscanf_leaves_terminator);
	ATF_TP_ADD_TC(tp, fwscanf_sets_wide_orientation);
	ATF_TP_ADD_TC(tp, eof_rules);
	ATF_TP_ADD_TC(tp, fwscanf_eof);
	ATF_TP_ADD_TC(tp, eof_after_suppressed_conversion);
	ATF_TP_ADD_TC(tp, fwscanf_encoding_error);
	ATF_TP_ADD_TC(tp, suppress_and_positional);
	ATF_TP_ADD_TC(tp, bad_arguments);
	ATF_TP_ADD_TC(tp, byte_family_unchanged);
	return atf_no_error();
}
