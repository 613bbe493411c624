/*
 * t_wcs: the wide-string functions of <wchar.h>: wcslen ... wcslcat,
 * wmemcpy ... wmemchr, with values beyond 16 bits and negative ones.
 */
#include <atf-c.h>
#include <stdlib.h>
#include <wchar.h>

#include "h_tc.h"

TC(wcslen_wcsnlen, "wcslen and wcsnlen count wide characters")
{
	ATF_CHECK_EQ(wcslen(L""), 0);
	ATF_CHECK_EQ(wcslen(L"h\x1f600llo"), 5);
	ATF_CHECK_EQ(wcsnlen(L"hello", 3), 3);
	ATF_CHECK_EQ(wcsnlen(L"hi", 10), 2);
}

TC(wcscpy_wcsncpy, "wcscpy copies; wcsncpy pads with L'\\0'")
{
	wchar_t buf[8];
	int i;

	ATF_CHECK(wcscpy(buf, L"\x10000x") == buf);
	ATF_CHECK(wmemcmp(buf, L"\x10000x", 3) == 0);
	for (i = 0; i < 8; i++)
		buf[i] = L'z';
	wcsncpy(buf, L"ab", 5);
	ATF_CHECK(wmemcmp(buf, L"ab\0\0\0zzz", 8) == 0);
	wcsncpy(buf, L"abcdefgh", 3);
	ATF_CHECK(wmemcmp(buf, L"abc\0", 4) == 0);
}

TC(wcscat_wcsncat, "wcscat and wcsncat append and terminate")
{
	wchar_t buf[16] = L"ab";

	wcscat(buf, L"cd");
	ATF_CHECK(wcscmp(buf, L"abcd") == 0);
	wcsncat(buf, L"efgh", 2);
	ATF_CHECK(wcscmp(buf, L"abcdef") == 0);
}

TC(wcscmp_order,
    "wcscmp and wcsncmp order by value, including values "
    "above 0xffff")
{
	ATF_CHECK(wcscmp(L"abc", L"abc") == 0);
	ATF_CHECK(wcscmp(L"abc", L"abd") < 0);
	ATF_CHECK(wcscmp(L"\x10000", L"\xffff") > 0);
	ATF_CHECK(wcscmp(L"ab", L"abc") < 0);
	ATF_CHECK(wcsncmp(L"abcX", L"abcY", 3) == 0);
	ATF_CHECK(wcsncmp(L"abcX", L"abcY", 4) < 0);
	ATF_CHECK(wcscoll(L"a", L"b") < 0);
}

TC(wcscasecmp_ascii, "wcscasecmp and wcsncasecmp ignore case")
{
	ATF_CHECK(wcscasecmp(L"HeLLo", L"hello") == 0);
	ATF_CHECK(wcscasecmp(L"a", L"B") < 0);
	ATF_CHECK(wcsncasecmp(L"ABCx", L"abcy", 3) == 0);
	ATF_CHECK(wcsncasecmp(L"ABCx", L"abcy", 4) < 0);
}

TC(wcschr_wcsrchr_wcsstr, "searching wide strings")
{
	const wchar_t *s = L"abcabc";

	ATF_CHECK(wcschr(s, L'b') == s + 1);
	ATF_CHECK(wcsrchr(s, L'b') == s + 4);
	ATF_CHECK(wcschr(s, L'z') == NULL);
	ATF_CHECK(wcschr(s, L'\0') == s + 6);
	ATF_CHECK(wcsstr(s, L"ca") == s + 2);
	ATF_CHECK(wcsstr(s, L"") == s);
	ATF_CHECK(wcsstr(s, L"cab c") == NULL);
	ATF_CHECK(wcspbrk(s, L"xc") == s + 2);
	ATF_CHECK(wcspbrk(s, L"xy") == NULL);
	ATF_CHECK_EQ(wcsspn(s, L"ab"), 2);
	ATF_CHECK_EQ(wcscspn(s, L"c"), 2);
}

TC(wcstok_three_arg, "wcstok splits with the caller's state pointer")
{
	wchar_t buf[] = L" one  two,three ";
	wchar_t *last;

	ATF_CHECK(wcscmp(wcstok(buf, L" ,", &last), L"one") == 0);
	ATF_CHECK(wcscmp(wcstok(NULL, L" ,", &last), L"two") == 0);
	ATF_CHECK(wcscmp(wcstok(NULL, L" ,", &last), L"three") == 0);
	ATF_CHECK(wcstok(NULL, L" ,", &last) == NULL);
}

TC(wcsdup_wcslcpy,
    "wcsdup copies; wcslcpy and wcslcat truncate and "
    "return the source length")
{
	wchar_t buf[4];
	wchar_t *d;

	d = wcsdup(L"dup");
	ATF_REQUIRE(d != NULL);
	ATF_CHECK(wcscmp(d, L"dup") == 0);
	free(d);
	ATF_CHECK_EQ(wcslcpy(buf, L"abcdef", 4), 6);
	ATF_CHECK(wcscmp(buf, L"abc") == 0);
	ATF_CHECK_EQ(wcslcpy(buf, L"a", 4), 1);
	ATF_CHECK_EQ(wcslcat(buf, L"bcdef", 4), 6);
	ATF_CHECK(wcscmp(buf, L"abc") == 0);
}

TC(wmem_functions,
    "wmemcpy, wmemmove (overlap), wmemset, wmemcmp, "
    "wmemchr")
{
	wchar_t buf[10] = L"0123456789";
	wchar_t neg[2] = { -5, 3 };

	wmemmove(buf + 2, buf, 5);
	ATF_CHECK(wmemcmp(buf, L"0101234789", 10) == 0);
	wmemmove(buf, buf + 3, 5);
	ATF_CHECK(wmemcmp(buf, L"1234734789", 10) == 0);
	wmemset(buf, L'\x1F600', 3);
	ATF_CHECK(buf[0] == 0x1f600 && buf[2] == 0x1f600 && buf[3] == L'4');
	wmemcpy(buf, L"xyz", 3);
	ATF_CHECK(wmemcmp(buf, L"xyz4", 4) == 0);
	ATF_CHECK(wmemchr(buf, L'4', 10) == buf + 3);
	ATF_CHECK(wmemchr(buf, L'4', 3) == NULL);
	ATF_CHECK(wmemcmp(neg, L"\x01\x03", 2) < 0);
	ATF_CHECK(wcsxfrm(buf, L"ab", 10) == 2);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, wcslen_wcsnlen);
	ATF_TP_ADD_TC(tp, wcscpy_wcsncpy);
	ATF_TP_ADD_TC(tp, wcscat_wcsncat);
	ATF_TP_ADD_TC(tp, wcscmp_order);
	ATF_TP_ADD_TC(tp, wcscasecmp_ascii);
	ATF_TP_ADD_TC(tp, wcschr_wcsrchr_wcsstr);
	ATF_TP_ADD_TC(tp, wcstok_three_arg);
	ATF_TP_ADD_TC(tp, wcsdup_wcslcpy);
	ATF_TP_ADD_TC(tp, wmem_functions);
	return atf_no_error();
}
