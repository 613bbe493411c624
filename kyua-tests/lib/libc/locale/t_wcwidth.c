/*
 * t_wcwidth: column widths of wide characters and strings: 0 for NUL
 * and combining marks, 2 for East Asian wide and fullwidth ranges, 1 for
 * other printables, -1 for controls and invalid values.
 */
#include <atf-c.h>
#include <locale.h>
#include <wchar.h>

#include "h_tc.h"

static void
utf8(void)
{
	ATF_REQUIRE(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
}

TC(ascii_widths, "ASCII: NUL 0, controls -1, printables 1")
{
	wchar_t c;

	utf8();
	ATF_CHECK_EQ(wcwidth(0), 0);
	for (c = 1; c < 0x20; c++)
		ATF_CHECK_EQ(wcwidth(c), -1);
	for (c = 0x20; c < 0x7f; c++)
		ATF_CHECK_EQ(wcwidth(c), 1);
	ATF_CHECK_EQ(wcwidth(0x7f), -1);
	ATF_CHECK_EQ(wcwidth(0x9f), -1);
}

TC(wide_ranges,
    "the edges of the East Asian wide ranges are 2 and "
    "their neighbours are not")
{
	static const wchar_t two[] = { 0x1100, 0x115f, 0x2e80, 0x3041, 0x4e00,
		0x9fff, 0xa4cf, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe30, 0xfe4f,
		0xff01, 0xff60, 0xffe0, 0xffe6, 0x1f300, 0x1f64f, 0x20000,
		0x2fffd, 0x30000, 0x3fffd };
	static const wchar_t one[] = { 0x10ff, 0x2e7f, 0xa4d0, 0xff61, 0xffe7,
		0x1f2ff, 0xe9, 0x3b1, 0x44f, 0x20ac };
	size_t i;

	utf8();
	for (i = 0; i < sizeof(two) / sizeof(two[0]); i++)
		ATF_CHECK_EQ_MSG(wcwidth(two[i]), 2, "%#x", (unsigned)two[i]);
	for (i = 0; i < sizeof(one) / sizeof(one[0]); i++)
		ATF_CHECK_EQ_MSG(wcwidth(one[i]), 1, "%#x", (unsigned)one[i]);
}

TC(zero_width, "combining marks and zero-width characters are 0")
{
	static const wchar_t zero[] = { 0x300, 0x301, 0x36f, 0x483, 0x591,
		0x200b, 0x200d, 0x20d0, 0xfe00, 0xfe0f, 0xfeff, 0xe0100, 0x1160,
		0xd7b0 };
	size_t i;

	utf8();
	for (i = 0; i < sizeof(zero) / sizeof(zero[0]); i++)
		ATF_CHECK_EQ_MSG(wcwidth(zero[i]), 0, "%#x", (unsigned)zero[i]);
	ATF_CHECK_EQ(wcwidth(0x370), 1);
}

TC(invalid_values,
    "surrogates, negative values and values beyond "
    "0x10ffff are -1")
{
	utf8();
	ATF_CHECK_EQ(wcwidth(0xd800), -1);
	ATF_CHECK_EQ(wcwidth(0xdfff), -1);
	ATF_CHECK_EQ(wcwidth(-5), -1);
	ATF_CHECK_EQ(wcwidth(0x110000), -1);
	ATF_CHECK_EQ(wcwidth(0x2028), -1);
}

TC(c_locale, "in the C locale only ASCII printables have a width")
{
	ATF_REQUIRE(setlocale(LC_CTYPE, "C") != NULL);
	ATF_CHECK_EQ(wcwidth(L'a'), 1);
	ATF_CHECK_EQ(wcwidth(0xe9), -1);
	ATF_CHECK_EQ(wcwidth(0x4e00), -1);
}

TC(wcswidth_sums,
    "wcswidth adds widths, stops at n or NUL, and is -1 "
    "if any character is non-printable")
{
	const wchar_t s[] = { L'a', 0x4e2d, 0x301, 0xff21, L'b', 0 };
	const wchar_t bad[] = { L'a', L'\t', L'b', 0 };

	utf8();
	ATF_CHECK_EQ(wcswidth(s, 10), 1 + 2 + 0 + 2 + 1);
	ATF_CHECK_EQ(wcswidth(s, 2), 3);
	ATF_CHECK_EQ(wcswidth(s, 0), 0);
	ATF_CHECK_EQ(wcswidth(bad, 10), -1);
	ATF_CHECK_EQ(wcswidth(bad, 1), 1);
	ATF_CHECK_EQ(wcswidth(L"", 5), 0);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, ascii_widths);
	ATF_TP_ADD_TC(tp, wide_ranges);
	ATF_TP_ADD_TC(tp, zero_width);
	ATF_TP_ADD_TC(tp, invalid_values);
	ATF_TP_ADD_TC(tp, c_locale);
	ATF_TP_ADD_TC(tp, wcswidth_sums);
	return atf_no_error();
}
