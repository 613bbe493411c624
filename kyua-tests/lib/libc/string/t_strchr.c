/*
 * t_strchr: strchr, strrchr, index, rindex, strstr, strcasestr,
 * strpbrk, strspn, strcspn.
 */
#include <atf-c.h>
#include <string.h>
#include <strings.h>

#include "h_tc.h"

TC(strchr_basic,
    "strchr finds the first occurrence, the NUL, and bytes "
    "above 0x7f")
{
	const char *s = "hello, world";
	const char *hi = "a\xe9z";
	volatile int e9 = 0xe9; /* keep the compiler from folding */

	ATF_CHECK(strchr(s, 'o') == s + 4);
	ATF_CHECK(strchr(s, 'h') == s);
	ATF_CHECK(strchr(s, 'z') == NULL);
	ATF_CHECK(strchr(s, '\0') == s + 12);
	ATF_CHECK(strchr(hi, e9) == hi + 1);
	ATF_CHECK(strchr(hi, (char)e9) == hi + 1);
	ATF_CHECK(strchr(hi, e9 + 256) == hi + 1);
	ATF_CHECK(index(s, 'w') == s + 7);
}

TC(strrchr_basic, "strrchr finds the last occurrence and the NUL")
{
	const char *s = "hello, world";

	ATF_CHECK(strrchr(s, 'o') == s + 8);
	ATF_CHECK(strrchr(s, 'h') == s);
	ATF_CHECK(strrchr(s, 'q') == NULL);
	ATF_CHECK(strrchr(s, '\0') == s + 12);
	ATF_CHECK(rindex(s, 'l') == s + 10);
	ATF_CHECK(strrchr("", 'a') == NULL);
}

TC(strstr_cases,
    "strstr: empty needle, repeated prefixes, no match, "
    "needle at the end")
{
	const char *h = "aababcabcd";

	ATF_CHECK(strstr(h, "") == h);
	ATF_CHECK(strstr(h, "abcd") == h + 6);
	ATF_CHECK(strstr(h, "abc") == h + 3);
	ATF_CHECK(strstr(h, "ab") == h + 1);
	ATF_CHECK(strstr(h, "abcde") == NULL);
	ATF_CHECK(strstr("", "a") == NULL);
	ATF_CHECK(strstr("short", "longer needle") == NULL);
}

TC(strcasestr_cases, "strcasestr matches ignoring ASCII case")
{
	const char *h = "The Quick Brown Fox";

	ATF_CHECK(strcasestr(h, "quick") == h + 4);
	ATF_CHECK(strcasestr(h, "FOX") == h + 16);
	ATF_CHECK(strcasestr(h, "") == h);
	ATF_CHECK(strcasestr(h, "cat") == NULL);
}

TC(strpbrk_cases, "strpbrk finds the first byte from the set")
{
	const char *s = "key=value;next";

	ATF_CHECK(strpbrk(s, "=;") == s + 3);
	ATF_CHECK(strpbrk(s, ";") == s + 9);
	ATF_CHECK(strpbrk(s, "QWZ") == NULL);
	ATF_CHECK(strpbrk(s, "") == NULL);
	ATF_CHECK(strpbrk("a\xff", "\xff") != NULL);
}

TC(strspn_strcspn, "strspn and strcspn measure runs in and out of a set")
{
	ATF_CHECK_EQ(strspn("123abc", "0123456789"), 3);
	ATF_CHECK_EQ(strspn("abc", ""), 0);
	ATF_CHECK_EQ(strspn("", "abc"), 0);
	ATF_CHECK_EQ(strspn("aaaa", "a"), 4);
	ATF_CHECK_EQ(strcspn("hello world", " "), 5);
	ATF_CHECK_EQ(strcspn("hello", ""), 5);
	ATF_CHECK_EQ(strcspn("hello", "h"), 0);
	ATF_CHECK_EQ(strcspn("\x80\x81\xfe", "\xfe"), 2);
	ATF_CHECK_EQ(strspn("\x80\x81\xfe", "\x81\x80"), 2);
}

TC(strnstr_limit, "strnstr searches only the first len bytes")
{
	const char *s = "Foo Bar Baz";

	ATF_CHECK(strnstr(s, "Bar", 11) == s + 4);
	ATF_CHECK(strnstr(s, "Bar", 7) == s + 4);
	ATF_CHECK(strnstr(s, "Bar", 6) == NULL);
	ATF_CHECK(strnstr(s, "", 0) == s);
	ATF_CHECK(strnstr(s, "Baz", 100) == s + 8);
	ATF_CHECK(strnstr(s, "Bazz", 100) == NULL);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, strchr_basic);
	ATF_TP_ADD_TC(tp, strrchr_basic);
	ATF_TP_ADD_TC(tp, strstr_cases);
	ATF_TP_ADD_TC(tp, strcasestr_cases);
	ATF_TP_ADD_TC(tp, strpbrk_cases);
	ATF_TP_ADD_TC(tp, strspn_strcspn);
	ATF_TP_ADD_TC(tp, strnstr_limit);
	return atf_no_error();
}
