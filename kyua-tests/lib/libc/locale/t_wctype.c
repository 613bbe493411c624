/*
 * t_wctype: wide-character classes and case mapping in the C and UTF-8
 * locales: isw*, towupper, towlower, wctype/iswctype, wctrans/towctrans.
 */
#include <atf-c.h>
#include <ctype.h>
#include <errno.h>
#include <locale.h>
#include <wchar.h>
#include <wctype.h>

#include "h_tc.h"

static void
utf8(void)
{
	ATF_REQUIRE(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
}

TC(ascii_agrees_with_ctype,
    "for ASCII the wide classes agree with "
    "<ctype.h> in both locales")
{
	int c, pass;

	for (pass = 0; pass < 2; pass++) {
		ATF_REQUIRE(setlocale(LC_CTYPE, pass ? "C.UTF-8" : "C"));
		for (c = 0; c < 128; c++) {
			ATF_CHECK_EQ(!!iswalpha(c), !!isalpha(c));
			ATF_CHECK_EQ(!!iswdigit(c), !!isdigit(c));
			ATF_CHECK_EQ(!!iswspace(c), !!isspace(c));
			ATF_CHECK_EQ(!!iswpunct(c), !!ispunct(c));
			ATF_CHECK_EQ(!!iswupper(c), !!isupper(c));
			ATF_CHECK_EQ(!!iswlower(c), !!islower(c));
			ATF_CHECK_EQ(!!iswcntrl(c), !!iscntrl(c));
			ATF_CHECK_EQ(!!iswprint(c), !!isprint(c));
			ATF_CHECK_EQ(!!iswgraph(c), !!isgraph(c));
			ATF_CHECK_EQ(!!iswxdigit(c), !!isxdigit(c));
			ATF_CHECK_EQ(!!iswblank(c), !!isblank(c));
			ATF_CHECK_EQ(!!iswalnum(c), !!isalnum(c));
			ATF_CHECK_EQ(towupper(c), toupper(c));
			ATF_CHECK_EQ(towlower(c), tolower(c));
		}
		ATF_CHECK(!iswalpha(WEOF));
		ATF_CHECK_EQ(towupper(WEOF), WEOF);
	}
}

TC(c_locale_ascii_only, "the C locale has no classes or case above ASCII")
{
	ATF_REQUIRE(setlocale(LC_CTYPE, "C") != NULL);
	ATF_CHECK(!iswalpha(0xe9));
	ATF_CHECK(!iswprint(0x3b1));
	ATF_CHECK_EQ(towupper(0xe9), 0xe9);
}

TC(latin1_case,
    "Latin-1 letters map both ways, except the division and "
    "multiplication signs; sharp s and y-diaeresis are special")
{
	wint_t c;

	utf8();
	for (c = 0xc0; c <= 0xde; c++) {
		if (c == 0xd7)
			continue;
		ATF_CHECK_EQ_MSG(towlower(c), c + 0x20, "%#x", (unsigned)c);
		ATF_CHECK_EQ(towupper(c + 0x20), c);
		ATF_CHECK(iswupper(c) && iswlower(c + 0x20) && iswalpha(c));
	}
	ATF_CHECK_EQ(towlower(0xd7), 0xd7);
	ATF_CHECK_EQ(towupper(0xf7), 0xf7);
	ATF_CHECK(!iswalpha(0xd7) && iswpunct(0xd7));
	ATF_CHECK_EQ(towupper(0xdf), 0xdf);
	ATF_CHECK(iswlower(0xdf));
	ATF_CHECK_EQ(towupper(0xff), 0x178);
	ATF_CHECK_EQ(towlower(0x178), 0xff);
	ATF_CHECK_EQ(towupper(0xb5), 0x39c);
}

TC(latin_ext_a_case, "Latin Extended-A pairs, dotless i and dotted I")
{
	utf8();
	ATF_CHECK_EQ(towlower(0x100), 0x101);
	ATF_CHECK_EQ(towupper(0x101), 0x100);
	ATF_CHECK_EQ(towlower(0x141), 0x142); /* L with stroke */
	ATF_CHECK_EQ(towupper(0x142), 0x141);
	ATF_CHECK_EQ(towlower(0x17d), 0x17e);
	ATF_CHECK_EQ(towupper(0x17e), 0x17d);
	ATF_CHECK_EQ(towlower(0x152), 0x153); /* OE */
	ATF_CHECK_EQ(towlower(0x130), 'i');
	ATF_CHECK_EQ(towupper(0x131), 'I');
	ATF_CHECK_EQ(towupper('i'), 'I');
	ATF_CHECK_EQ(towlower('I'), 'i');
	ATF_CHECK_EQ(towupper(0x138), 0x138);
}

TC(greek_case, "Greek letters, accented forms and final sigma")
{
	wint_t c;

	utf8();
	for (c = 0x391; c <= 0x3a9; c++) {
		if (c == 0x3a2)
			continue;
		ATF_CHECK_EQ_MSG(towlower(c), c + 0x20, "%#x", (unsigned)c);
		ATF_CHECK_EQ(towupper(c + 0x20), c);
	}
	ATF_CHECK_EQ(towupper(0x3c2), 0x3a3);
	ATF_CHECK_EQ(towlower(0x3a3), 0x3c3);
	ATF_CHECK_EQ(towlower(0x386), 0x3ac);
	ATF_CHECK_EQ(towupper(0x3ce), 0x38f);
	ATF_CHECK(iswalpha(0x3bb) && iswlower(0x3bb) && !iswupper(0x3bb));
}

TC(cyrillic_case, "Cyrillic basic letters, the 0x400 block and pairs")
{
	wint_t c;

	utf8();
	for (c = 0x410; c <= 0x42f; c++) {
		ATF_CHECK_EQ(towlower(c), c + 0x20);
		ATF_CHECK_EQ(towupper(c + 0x20), c);
	}
	for (c = 0x400; c <= 0x40f; c++)
		ATF_CHECK_EQ(towlower(c), c + 0x50);
	ATF_CHECK_EQ(towlower(0x460), 0x461);
	ATF_CHECK_EQ(towupper(0x4d1), 0x4d0);
	ATF_CHECK_EQ(towlower(0x4c1), 0x4c2);
	ATF_CHECK(iswupper(0x416) && iswalpha(0x436));
}

TC(unicode_classes, "spaces, punctuation, digits and CJK in UTF-8")
{
	utf8();
	ATF_CHECK(iswspace(0x3000));
	ATF_CHECK(iswspace(0x2003));
	ATF_CHECK(!iswspace(0xa0));
	ATF_CHECK(iswblank(0x3000));
	ATF_CHECK(!iswblank(L'\n'));
	ATF_CHECK(iswalpha(0x4e2d));
	ATF_CHECK(iswalpha(0xac00));
	ATF_CHECK(!iswdigit(0x661));
	ATF_CHECK(iswpunct(0x20ac));
	ATF_CHECK(iswprint(0x20ac) && iswgraph(0x20ac));
	ATF_CHECK(iswcntrl(0x85));
	ATF_CHECK(!iswprint(0x85));
	ATF_CHECK(!iswprint(0xd800));
	ATF_CHECK(!iswprint(0x110000));
	ATF_CHECK(!iswprint(0xfffe));
	ATF_CHECK(iswprint(0x3000) && !iswgraph(0x3000));
	ATF_CHECK(!iswxdigit(0xff10));
}

TC(wctype_handles,
    "wctype names every class; unknown names give 0 with "
    "EINVAL; iswctype matches the isw functions")
{
	const char *names[] = { "alnum", "alpha", "blank", "cntrl", "digit",
		"graph", "lower", "print", "punct", "space", "upper",
		"xdigit" };
	int (*fns[])(wint_t) = { iswalnum, iswalpha, iswblank, iswcntrl,
		iswdigit, iswgraph, iswlower, iswprint, iswpunct, iswspace,
		iswupper, iswxdigit };
	wctype_t t;
	wint_t c;
	size_t i;

	utf8();
	for (i = 0; i < 12; i++) {
		t = wctype(names[i]);
		ATF_REQUIRE(t != 0);
		for (c = 0; c < 0x500; c++)
			ATF_CHECK_EQ(!!iswctype(c, t), !!fns[i](c));
	}
	errno = 0;
	ATF_CHECK_EQ(wctype("vowel"), 0);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(iswctype(L'a', 0), 0);
}

TC(wctrans_handles, "wctrans/towctrans for tolower and toupper")
{
	wctrans_t lo, up;

	utf8();
	lo = wctrans("tolower");
	up = wctrans("toupper");
	ATF_REQUIRE(lo != 0 && up != 0 && lo != up);
	ATF_CHECK_EQ(towctrans(L'Q', lo), L'q');
	ATF_CHECK_EQ(towctrans(0x3b1, up), 0x391);
	errno = 0;
	ATF_CHECK_EQ(wctrans("tocamel"), 0);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(towctrans(L'x', 0), L'x');
}

TC(other_scripts_case,
    "case pairs beyond the required blocks: Latin "
    "Extended-B, Greek Extended, Georgian, Cherokee, Deseret")
{
	utf8();
	ATF_CHECK_EQ(towupper(0x180), 0x243); /* b with stroke */
	ATF_CHECK_EQ(towlower(0x1c4), 0x1c6); /* DZ with caron */
	ATF_CHECK_EQ(towupper(0x1c5), 0x1c4); /* titlecase Dz */
	ATF_CHECK_EQ(towlower(0x1c5), 0x1c6);
	ATF_CHECK_EQ(towupper(0x1f00), 0x1f08);
	ATF_CHECK_EQ(towupper(0x1f80), 0x1f88);	  /* iota subscript */
	ATF_CHECK_EQ(towlower(0x1c90), 0x10d0);	  /* Georgian Mtavruli */
	ATF_CHECK_EQ(towlower(0x13a0), 0xab70);	  /* Cherokee */
	ATF_CHECK_EQ(towupper(0x10428), 0x10400); /* Deseret */
	ATF_CHECK_EQ(towupper(0xdf), 0xdf);	  /* no one-letter upper */
	ATF_CHECK(iswupper(0x10400) && iswlower(0x10428));
	ATF_CHECK(iswalpha(0x10400) && iswalpha(0x1e900));
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, ascii_agrees_with_ctype);
	ATF_TP_ADD_TC(tp, c_locale_ascii_only);
	ATF_TP_ADD_TC(tp, latin1_case);
	ATF_TP_ADD_TC(tp, latin_ext_a_case);
	ATF_TP_ADD_TC(tp, greek_case);
	ATF_TP_ADD_TC(tp, cyrillic_case);
	ATF_TP_ADD_TC(tp, unicode_classes);
	ATF_TP_ADD_TC(tp, wctype_handles);
	ATF_TP_ADD_TC(tp, wctrans_handles);
	ATF_TP_ADD_TC(tp, other_scripts_case);
	return atf_no_error();
}
