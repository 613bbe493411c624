/*
 * t_strcpy: strlen, strnlen, strcpy, strncpy, stpcpy, stpncpy, strcat,
 * strncat, strlcpy, strlcat, strdup and strndup: lengths, padding,
 * termination, truncation and return values.
 */
#include <atf-c.h>
#include <stdlib.h>
#include <string.h>

#include "h_tc.h"

TC(strlen_alignments,
    "strlen counts correctly for every length and "
    "starting alignment, with high-bit bytes before the NUL")
{
	char buf[128];
	size_t off, len, i;

	for (off = 0; off < 16; off++)
		for (len = 0; len < 90; len++) {
			memset(buf, 'x', sizeof(buf));
			for (i = 0; i < len; i++)
				buf[off + i] = (char)(0x80 + (i % 127) + 1);
			buf[off + len] = '\0';
			ATF_REQUIRE_EQ_MSG(
			    strlen(buf + off), len, "off=%zu", off);
		}
}

TC(strnlen_limit, "strnlen stops at maxlen or the NUL")
{
	ATF_CHECK_EQ(strnlen("hello", 10), 5);
	ATF_CHECK_EQ(strnlen("hello", 3), 3);
	ATF_CHECK_EQ(strnlen("hello", 0), 0);
	ATF_CHECK_EQ(strnlen("", 5), 0);
	ATF_CHECK_EQ(strnlen("abc", 4), 3);
}

TC(strcpy_stpcpy, "strcpy returns dst, stpcpy returns the NUL it wrote")
{
	char buf[32];

	memset(buf, 'z', sizeof(buf));
	ATF_CHECK(strcpy(buf, "hello") == buf);
	ATF_CHECK_STREQ(buf, "hello");
	ATF_CHECK_EQ(buf[6], 'z');
	ATF_CHECK(stpcpy(buf, "abc") == buf + 3);
	ATF_CHECK_STREQ(buf, "abc");
	ATF_CHECK(stpcpy(buf, "") == buf);
	ATF_CHECK_EQ(buf[0], '\0');
}

TC(strncpy_pad,
    "strncpy pads with NULs up to n and does not terminate a "
    "source of n bytes or more")
{
	char buf[10];
	int i;

	memset(buf, 'z', sizeof(buf));
	ATF_CHECK(strncpy(buf, "ab", 6) == buf);
	ATF_CHECK_EQ(memcmp(buf, "ab\0\0\0\0zzzz", 10), 0);
	memset(buf, 'z', sizeof(buf));
	strncpy(buf, "abcdefgh", 4);
	ATF_CHECK_EQ(memcmp(buf, "abcdzz", 6), 0);
	memset(buf, 'z', sizeof(buf));
	strncpy(buf, "abc", 0);
	for (i = 0; i < 10; i++)
		ATF_CHECK_EQ(buf[i], 'z');
}

TC(stpncpy_ret, "stpncpy returns the first NUL written, or dst + n")
{
	char buf[10];

	memset(buf, 'z', sizeof(buf));
	ATF_CHECK(stpncpy(buf, "ab", 5) == buf + 2);
	ATF_CHECK_EQ(memcmp(buf, "ab\0\0\0z", 6), 0);
	ATF_CHECK(stpncpy(buf, "abcdef", 3) == buf + 3);
	ATF_CHECK_EQ(memcmp(buf, "abc\0", 4), 0);
}

TC(strcat_strncat,
    "strcat appends; strncat appends at most n bytes and "
    "always terminates")
{
	char buf[32] = "foo";

	ATF_CHECK(strcat(buf, "bar") == buf);
	ATF_CHECK_STREQ(buf, "foobar");
	ATF_CHECK(strncat(buf, "bazqux", 3) == buf);
	ATF_CHECK_STREQ(buf, "foobarbaz");
	strncat(buf, "!", 10);
	ATF_CHECK_STREQ(buf, "foobarbaz!");
	strncat(buf, "ignored", 0);
	ATF_CHECK_STREQ(buf, "foobarbaz!");
}

TC(strlcpy_trunc,
    "strlcpy truncates, always terminates (size > 0) and "
    "returns strlen(src)")
{
	char buf[8];

	memset(buf, 'z', sizeof(buf));
	ATF_CHECK_EQ(strlcpy(buf, "hello", sizeof(buf)), 5);
	ATF_CHECK_STREQ(buf, "hello");
	ATF_CHECK_EQ(strlcpy(buf, "hello world", sizeof(buf)), 11);
	ATF_CHECK_STREQ(buf, "hello w");
	ATF_CHECK_EQ(strlcpy(buf, "12345678", 8), 8);
	ATF_CHECK_STREQ(buf, "1234567");
	ATF_CHECK_EQ(strlcpy(buf, "1234567", 8), 7);
	ATF_CHECK_STREQ(buf, "1234567");
	memset(buf, 'z', sizeof(buf));
	ATF_CHECK_EQ(strlcpy(buf, "abc", 0), 3);
	ATF_CHECK_EQ(buf[0], 'z');
	ATF_CHECK_EQ(strlcpy(buf, "abc", 1), 3);
	ATF_CHECK_EQ(buf[0], '\0');
	ATF_CHECK_EQ(buf[1], 'z');
}

TC(strlcat_trunc,
    "strlcat appends with truncation and returns the length "
    "it tried to create; an unterminated dst is left alone")
{
	char buf[8];

	strcpy(buf, "ab");
	ATF_CHECK_EQ(strlcat(buf, "cd", sizeof(buf)), 4);
	ATF_CHECK_STREQ(buf, "abcd");
	ATF_CHECK_EQ(strlcat(buf, "efghij", sizeof(buf)), 10);
	ATF_CHECK_STREQ(buf, "abcdefg");
	ATF_CHECK_EQ(strlcat(buf, "x", sizeof(buf)), 8);
	ATF_CHECK_STREQ(buf, "abcdefg");
	memset(buf, 'q', sizeof(buf));
	ATF_CHECK_EQ(strlcat(buf, "xyz", 4), 4 + 3);
	ATF_CHECK_EQ(memcmp(buf, "qqqqqqqq", 8), 0);
	strcpy(buf, "abc");
	ATF_CHECK_EQ(strlcat(buf, "de", 0), 2);
	ATF_CHECK_STREQ(buf, "abc");
}

TC(strdup_strndup,
    "strdup copies into new memory; strndup copies at most "
    "n bytes and terminates")
{
	const char *s = "duplicate me";
	char *d;

	d = strdup(s);
	ATF_REQUIRE(d != NULL);
	ATF_CHECK(d != s);
	ATF_CHECK_STREQ(d, s);
	free(d);
	d = strndup(s, 9);
	ATF_REQUIRE(d != NULL);
	ATF_CHECK_STREQ(d, "duplicate");
	free(d);
	d = strndup(s, 100);
	ATF_REQUIRE(d != NULL);
	ATF_CHECK_STREQ(d, s);
	free(d);
	d = strndup(s, 0);
	ATF_REQUIRE(d != NULL);
	ATF_CHECK_STREQ(d, "");
	free(d);
}

TC(strlcpy_strlcat_all_sizes,
    "strlcpy and strlcat against a reference "
    "for every buffer size from 0 to 20")
{
	const char *src = "0123456789abcdef";
	char buf[32], want[32];
	size_t size, n;

	for (size = 0; size <= 20; size++) {
		memset(buf, '#', sizeof(buf));
		memset(want, '#', sizeof(want));
		if (size > 0) {
			n = size - 1 < 16 ? size - 1 : 16;
			memcpy(want, src, n);
			want[n] = '\0';
		}
		ATF_CHECK_EQ(strlcpy(buf, src, size), 16);
		ATF_CHECK_MSG(memcmp(buf, want, sizeof(buf)) == 0,
		    "strlcpy size %zu", size);
		strcpy(buf, "ab");
		memset(buf + 3, '#', sizeof(buf) - 3);
		n = strlcat(buf, src, size);
		ATF_CHECK_EQ_MSG(
		    n, (size < 3 ? size : 2) + 16, "strlcat size %zu", size);
		if (size > 2)
			ATF_CHECK_EQ(
			    strlen(buf), size - 1 < 18 ? size - 1 : 18);
	}
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, strlen_alignments);
	ATF_TP_ADD_TC(tp, strnlen_limit);
	ATF_TP_ADD_TC(tp, strcpy_stpcpy);
	ATF_TP_ADD_TC(tp, strncpy_pad);
	ATF_TP_ADD_TC(tp, stpncpy_ret);
	ATF_TP_ADD_TC(tp, strcat_strncat);
	ATF_TP_ADD_TC(tp, strlcpy_trunc);
	ATF_TP_ADD_TC(tp, strlcat_trunc);
	ATF_TP_ADD_TC(tp, strdup_strndup);
	ATF_TP_ADD_TC(tp, strlcpy_strlcat_all_sizes);
	return atf_no_error();
}
