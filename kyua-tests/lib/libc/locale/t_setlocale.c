/*
 * t_setlocale: setlocale queries, known and unknown names, categories,
 * the composite LC_ALL name, the environment, and what follows LC_CTYPE
 * (MB_CUR_MAX, nl_langinfo(CODESET)); localeconv.
 */
#include <atf-c.h>
#include <errno.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wctype.h>
#include <wchar.h>
#include <ctype.h>

#include "h_tc.h"

TC(initial_c, "a program starts in the C locale")
{
	ATF_CHECK_STREQ(setlocale(LC_ALL, NULL), "C");
	ATF_CHECK_STREQ(setlocale(LC_CTYPE, NULL), "C");
	ATF_CHECK_EQ(MB_CUR_MAX, 1);
	ATF_CHECK_STREQ(nl_langinfo(CODESET), "646");
}

TC(set_utf8, "the UTF-8 names switch LC_CTYPE to UTF-8")
{
	const char *names[] = { "C.UTF-8", "C.utf8", "en_US.UTF-8",
		"en_US.utf8" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		ATF_REQUIRE(setlocale(LC_ALL, "C") != NULL);
		ATF_CHECK_STREQ(setlocale(LC_ALL, names[i]), names[i]);
		ATF_CHECK_EQ(MB_CUR_MAX, 4);
		ATF_CHECK_STREQ(nl_langinfo(CODESET), "UTF-8");
		ATF_CHECK_STREQ(setlocale(LC_CTYPE, NULL), names[i]);
	}
	ATF_CHECK_STREQ(setlocale(LC_ALL, "POSIX"), "POSIX");
	ATF_CHECK_EQ(MB_CUR_MAX, 1);
}

TC(unknown_name,
    "an unknown locale name returns NULL and changes "
    "nothing")
{
	ATF_REQUIRE(setlocale(LC_ALL, "C.UTF-8") != NULL);
	ATF_CHECK(setlocale(LC_ALL, "xx_YY.NOPE") == NULL);
	ATF_CHECK(setlocale(LC_CTYPE, "de_DE.ISO8859-1") == NULL);
	ATF_CHECK_STREQ(setlocale(LC_ALL, NULL), "C.UTF-8");
	ATF_CHECK_EQ(MB_CUR_MAX, 4);
}

TC(bad_category, "an invalid category returns NULL with EINVAL")
{
	errno = 0;
	ATF_CHECK(setlocale(-1, "C") == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK(setlocale(99, NULL) == NULL);
}

TC(composite,
    "different categories give a composite LC_ALL name that "
    "LC_ALL accepts back")
{
	char saved[256];

	ATF_REQUIRE(setlocale(LC_ALL, "C") != NULL);
	ATF_REQUIRE(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
	ATF_CHECK_STREQ(setlocale(LC_ALL, NULL), "C/C.UTF-8/C/C/C/C");
	strlcpy(saved, setlocale(LC_ALL, NULL), sizeof(saved));
	ATF_REQUIRE(setlocale(LC_ALL, "C") != NULL);
	ATF_CHECK_EQ(MB_CUR_MAX, 1);
	ATF_CHECK_STREQ(setlocale(LC_ALL, saved), saved);
	ATF_CHECK_STREQ(setlocale(LC_CTYPE, NULL), "C.UTF-8");
	ATF_CHECK_STREQ(setlocale(LC_COLLATE, NULL), "C");
	ATF_CHECK_EQ(MB_CUR_MAX, 4);
	ATF_CHECK(setlocale(LC_ALL, "C/C/C") == NULL);
	ATF_CHECK(setlocale(LC_ALL, "C/C/C/C/C/bogus") == NULL);
}

TC(other_categories, "setting LC_TIME etc. does not change LC_CTYPE")
{
	ATF_REQUIRE(setlocale(LC_ALL, "C") != NULL);
	ATF_CHECK_STREQ(setlocale(LC_TIME, "en_US.UTF-8"), "en_US.UTF-8");
	ATF_CHECK_STREQ(setlocale(LC_MESSAGES, "C.UTF-8"), "C.UTF-8");
	ATF_CHECK_EQ(MB_CUR_MAX, 1);
	ATF_CHECK_STREQ(setlocale(LC_NUMERIC, NULL), "C");
}

TC(env_lang, "\"\" uses LANG when nothing more specific is set")
{
	unsetenv("LC_ALL");
	unsetenv("LC_CTYPE");
	setenv("LANG", "C.UTF-8", 1);
	ATF_CHECK_STREQ(setlocale(LC_ALL, ""), "C.UTF-8");
	ATF_CHECK_EQ(MB_CUR_MAX, 4);
}

TC(env_category_over_lang,
    "LC_<category> overrides LANG, LC_ALL "
    "overrides both")
{
	unsetenv("LC_ALL");
	setenv("LANG", "C", 1);
	setenv("LC_CTYPE", "en_US.UTF-8", 1);
	ATF_REQUIRE(setlocale(LC_ALL, "") != NULL);
	ATF_CHECK_STREQ(setlocale(LC_CTYPE, NULL), "en_US.UTF-8");
	ATF_CHECK_STREQ(setlocale(LC_TIME, NULL), "C");
	setenv("LC_ALL", "POSIX", 1);
	ATF_REQUIRE(setlocale(LC_ALL, "") != NULL);
	ATF_CHECK_STREQ(setlocale(LC_ALL, NULL), "POSIX");
}

TC(env_unknown,
    "an unknown name in the environment makes setlocale fail "
    "without changes; an empty environment means C")
{
	setenv("LC_ALL", "klingon", 1);
	ATF_CHECK(setlocale(LC_ALL, "") == NULL);
	ATF_CHECK_STREQ(setlocale(LC_ALL, NULL), "C");
	unsetenv("LC_ALL");
	unsetenv("LC_CTYPE");
	unsetenv("LANG");
	ATF_CHECK_STREQ(setlocale(LC_ALL, ""), "C");
}

TC(localeconv_c, "localeconv gives the C conventions")
{
	struct lconv *lc = localeconv();

	ATF_REQUIRE(lc != NULL);
	ATF_CHECK_STREQ(lc->decimal_point, ".");
	ATF_CHECK_STREQ(lc->thousands_sep, "");
	ATF_CHECK_STREQ(lc->grouping, "");
	ATF_CHECK_STREQ(lc->currency_symbol, "");
	ATF_CHECK_EQ(lc->frac_digits, CHAR_MAX);
	ATF_CHECK_EQ(lc->p_sign_posn, CHAR_MAX);
}

TC(nl_langinfo_items,
    "nl_langinfo gives the POSIX texts and \"\" for "
    "unknown items")
{
	ATF_CHECK_STREQ(nl_langinfo(DAY_1), "Sunday");
	ATF_CHECK_STREQ(nl_langinfo(DAY_7), "Saturday");
	ATF_CHECK_STREQ(nl_langinfo(ABMON_12), "Dec");
	ATF_CHECK_STREQ(nl_langinfo(MON_2), "February");
	ATF_CHECK_STREQ(nl_langinfo(RADIXCHAR), ".");
	ATF_CHECK_STREQ(nl_langinfo(D_T_FMT), "%a %b %e %H:%M:%S %Y");
	ATF_CHECK_STREQ(nl_langinfo(YESEXPR), "^[Yy]");
	ATF_CHECK_STREQ(nl_langinfo(-1), "");
	ATF_CHECK_STREQ(nl_langinfo(10000), "");
}

TC(query_is_stable,
    "the queried name stays valid and equal after "
    "further queries")
{
	char *a, *b;

	ATF_REQUIRE(setlocale(LC_ALL, "C.UTF-8") != NULL);
	a = setlocale(LC_CTYPE, NULL);
	b = setlocale(LC_ALL, NULL);
	ATF_CHECK_STREQ(a, "C.UTF-8");
	ATF_CHECK_STREQ(b, "C.UTF-8");
	ATF_CHECK(setlocale(LC_ALL, "bogus") == NULL);
	ATF_CHECK_STREQ(a, "C.UTF-8");
}

TC(newlocale_uselocale,
    "newlocale makes a UTF-8 locale object; "
    "uselocale switches the multibyte functions to it and "
    "back, leaving setlocale's global locale alone")
{
	locale_t u, old;
	wchar_t wc;

	ATF_REQUIRE(setlocale(LC_ALL, "C") != NULL);
	u = newlocale(LC_CTYPE_MASK, "C.UTF-8", NULL);
	ATF_REQUIRE(u != NULL);
	ATF_CHECK_EQ(MB_CUR_MAX, 1);
	old = uselocale(u);
	ATF_CHECK(old == LC_GLOBAL_LOCALE);
	ATF_CHECK(uselocale(NULL) == u);
	ATF_CHECK_EQ(MB_CUR_MAX, 4);
	ATF_CHECK_EQ(mbtowc(&wc, "\xc3\xa9", 2), 2);
	ATF_CHECK_EQ(wc, 0xe9);
	ATF_CHECK_STREQ(nl_langinfo(CODESET), "UTF-8");
	ATF_CHECK_STREQ(setlocale(LC_CTYPE, NULL), "C");
	ATF_CHECK(uselocale(LC_GLOBAL_LOCALE) == u);
	ATF_CHECK_EQ(MB_CUR_MAX, 1);
	ATF_CHECK_EQ(mbtowc(&wc, "\xc3\xa9", 2), 1);
	freelocale(u);
}

TC(newlocale_errors,
    "newlocale refuses unknown names (ENOENT), bad masks "
    "and NULL names (EINVAL), leaving base unchanged")
{
	locale_t base;

	errno = 0;
	ATF_CHECK(newlocale(LC_ALL_MASK, "xx_XX", NULL) == NULL);
	ATF_CHECK_EQ(errno, ENOENT);
	errno = 0;
	ATF_CHECK(newlocale(1 << 12, "C", NULL) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK(newlocale(LC_ALL_MASK, NULL, NULL) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	base = newlocale(LC_ALL_MASK, "C.UTF-8", NULL);
	ATF_REQUIRE(base != NULL);
	ATF_CHECK(newlocale(LC_CTYPE_MASK, "bogus", base) == NULL);
	ATF_CHECK_STREQ(nl_langinfo_l(CODESET, base), "UTF-8");
	base = newlocale(LC_CTYPE_MASK, "POSIX", base);
	ATF_REQUIRE(base != NULL);
	ATF_CHECK_STREQ(nl_langinfo_l(CODESET, base), "646");
	freelocale(base);
}

TC(duplocale_copy, "duplocale copies a locale object and the global one")
{
	locale_t a, b, g;

	ATF_REQUIRE(setlocale(LC_ALL, "en_US.UTF-8") != NULL);
	g = duplocale(LC_GLOBAL_LOCALE);
	ATF_REQUIRE(g != NULL);
	ATF_CHECK_STREQ(nl_langinfo_l(CODESET, g), "UTF-8");
	ATF_REQUIRE(setlocale(LC_ALL, "C") != NULL);
	ATF_CHECK_STREQ(nl_langinfo_l(CODESET, g), "UTF-8");
	ATF_CHECK_STREQ(nl_langinfo_l(CODESET, LC_GLOBAL_LOCALE), "646");
	a = newlocale(LC_ALL_MASK, "C", NULL);
	b = duplocale(a);
	ATF_REQUIRE(a != NULL && b != NULL && a != b);
	freelocale(a);
	ATF_CHECK_STREQ(nl_langinfo_l(CODESET, b), "646");
	freelocale(b);
	freelocale(g);
}

TC(l_functions,
    "the *_l functions follow their locale argument, not the "
    "global locale")
{
	locale_t u, c;

	ATF_REQUIRE(setlocale(LC_ALL, "C") != NULL);
	u = newlocale(LC_ALL_MASK, "C.UTF-8", NULL);
	c = newlocale(LC_ALL_MASK, "C", NULL);
	ATF_REQUIRE(u != NULL && c != NULL);
	ATF_CHECK(iswalpha_l(0x3b1, u));
	ATF_CHECK(!iswalpha_l(0x3b1, c));
	ATF_CHECK(!iswalpha(0x3b1));
	ATF_CHECK_EQ(towupper_l(0x3b1, u), 0x391);
	ATF_CHECK_EQ(towupper_l(0x3b1, c), 0x3b1);
	ATF_CHECK(iswctype_l(0x416, wctype_l("upper", u), u));
	ATF_CHECK_EQ(towctrans_l(0x416, wctrans_l("tolower", u), u), 0x436);
	ATF_CHECK(isalpha_l('a', u) && !isalpha_l('1', c));
	ATF_CHECK_EQ(toupper_l('q', c), 'Q');
	ATF_CHECK_EQ(tolower_l(0xc9, u), 0xc9);
	ATF_CHECK(strcoll_l("a", "b", u) < 0);
	ATF_CHECK_EQ(strcasecmp_l("ABC", "abc", c), 0);
	ATF_CHECK_EQ(strncasecmp_l("ABx", "aby", 2, c), 0);
	ATF_CHECK_EQ(wcscasecmp_l(L"\x3a3\x3b1", L"\x3c3\x391", u), 0);
	ATF_CHECK(wcscasecmp_l(L"\x3a3", L"\x3c3", c) != 0);
	ATF_CHECK_EQ(wcsncasecmp_l(L"\x416x", L"\x436y", 1, u), 0);
	ATF_CHECK_STREQ(strerror_l(ENOENT, c), "No such file or directory");
	ATF_CHECK(wcscoll_l(L"a", L"b", u) < 0);
	freelocale(u);
	freelocale(c);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, initial_c);
	ATF_TP_ADD_TC(tp, set_utf8);
	ATF_TP_ADD_TC(tp, unknown_name);
	ATF_TP_ADD_TC(tp, bad_category);
	ATF_TP_ADD_TC(tp, composite);
	ATF_TP_ADD_TC(tp, other_categories);
	ATF_TP_ADD_TC(tp, env_lang);
	ATF_TP_ADD_TC(tp, env_category_over_lang);
	ATF_TP_ADD_TC(tp, env_unknown);
	ATF_TP_ADD_TC(tp, localeconv_c);
	ATF_TP_ADD_TC(tp, nl_langinfo_items);
	ATF_TP_ADD_TC(tp, query_is_stable);
	ATF_TP_ADD_TC(tp, newlocale_uselocale);
	ATF_TP_ADD_TC(tp, newlocale_errors);
	ATF_TP_ADD_TC(tp, duplocale_copy);
	ATF_TP_ADD_TC(tp, l_functions);
	return atf_no_error();
}
