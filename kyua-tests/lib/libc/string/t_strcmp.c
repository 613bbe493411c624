/*
 * t_strcmp: strcmp, strncmp, strcasecmp, strncasecmp, strcoll and
 * strxfrm: sign of results, unsigned byte order, length limits.
 */
#include <atf-c.h>
#include <string.h>
#include <strings.h>

#include "h_tc.h"

TC(strcmp_order, "strcmp orders by unsigned byte and by length")
{
	ATF_CHECK_EQ(strcmp("", ""), 0);
	ATF_CHECK_EQ(strcmp("abc", "abc"), 0);
	ATF_CHECK(strcmp("abc", "abd") < 0);
	ATF_CHECK(strcmp("abd", "abc") > 0);
	ATF_CHECK(strcmp("ab", "abc") < 0);
	ATF_CHECK(strcmp("abc", "ab") > 0);
	ATF_CHECK(strcmp("\xe9", "e") > 0);
	ATF_CHECK(strcmp("a\x80", "a\x7f") > 0);
}

TC(strncmp_limit, "strncmp compares at most n bytes and stops at NUL")
{
	ATF_CHECK_EQ(strncmp("abcdef", "abcxyz", 3), 0);
	ATF_CHECK(strncmp("abcdef", "abcxyz", 4) < 0);
	ATF_CHECK_EQ(strncmp("abc", "abd", 0), 0);
	ATF_CHECK_EQ(strncmp("ab\0x", "ab\0y", 4), 0);
	ATF_CHECK(strncmp("ab", "abc", 5) < 0);
	ATF_CHECK(strncmp("\xff", "\x01", 1) > 0);
}

TC(strcasecmp_ascii, "strcasecmp ignores ASCII case only")
{
	ATF_CHECK_EQ(strcasecmp("HeLLo", "hello"), 0);
	ATF_CHECK(strcasecmp("apple", "BANANA") < 0);
	ATF_CHECK(strcasecmp("Zebra", "apple") > 0);
	ATF_CHECK(strcasecmp("abc", "ABCD") < 0);
	ATF_CHECK(strcasecmp("\xc9", "\xe9") != 0);
	ATF_CHECK(strcasecmp("[", "{") != 0);
	ATF_CHECK(strcasecmp("@", "`") != 0);
}

TC(strncasecmp_limit, "strncasecmp limits the comparison to n bytes")
{
	ATF_CHECK_EQ(strncasecmp("HELLO world", "hello WORLD", 11), 0);
	ATF_CHECK_EQ(strncasecmp("abcX", "ABCy", 3), 0);
	ATF_CHECK(strncasecmp("abcX", "ABCy", 4) < 0);
	ATF_CHECK_EQ(strncasecmp("a", "b", 0), 0);
}

TC(strcoll_strxfrm,
    "strcoll agrees with strcmp in the C locale; strxfrm "
    "copies when it fits and always returns the full length")
{
	char buf[8];

	ATF_CHECK(strcoll("abc", "abd") < 0);
	ATF_CHECK_EQ(strcoll("same", "same"), 0);
	ATF_CHECK_EQ(strxfrm(buf, "abc", sizeof(buf)), 3);
	ATF_CHECK_STREQ(buf, "abc");
	memset(buf, 'z', sizeof(buf));
	ATF_CHECK_EQ(strxfrm(buf, "abcdefghijk", sizeof(buf)), 11);
	ATF_CHECK_EQ(strxfrm(NULL, "abcd", 0), 4);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, strcmp_order);
	ATF_TP_ADD_TC(tp, strncmp_limit);
	ATF_TP_ADD_TC(tp, strcasecmp_ascii);
	ATF_TP_ADD_TC(tp, strncasecmp_limit);
	ATF_TP_ADD_TC(tp, strcoll_strxfrm);
	return atf_no_error();
}
