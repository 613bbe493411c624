/*
 * t_mem: memcpy, memmove, memset, memcmp, memchr, memrchr, memmem,
 * memccpy, bcopy, bzero and explicit_memset on every small size and
 * alignment, including overlapping moves, against byte-loop references.
 */
#include <atf-c.h>
#include <string.h>
#include <strings.h>

#include "h_tc.h"

#define BUF 192

static void
pattern(unsigned char *p, size_t n, unsigned seed)
{
	size_t i;

	for (i = 0; i < n; i++)
		p[i] = (unsigned char)(seed * 31 + i * 7 + 1);
}

TC(memcpy_sizes_alignments,
    "memcpy copies exactly n bytes for all small "
    "sizes and source/destination alignments, touching nothing else")
{
	unsigned char src[BUF], dst[BUF], ref[BUF];
	size_t n, so, d0, i;

	for (so = 0; so < 16; so++)
		for (d0 = 0; d0 < 16; d0++)
			for (n = 0; n < 80; n++) {
				pattern(src, BUF, (unsigned)(so + n));
				memset(dst, 0xee, BUF);
				memset(ref, 0xee, BUF);
				for (i = 0; i < n; i++)
					ref[d0 + i] = src[so + i];
				ATF_REQUIRE(
				    memcpy(dst + d0, src + so, n) == dst + d0);
				ATF_REQUIRE_MSG(memcmp(dst, ref, BUF) == 0,
				    "n=%zu so=%zu do=%zu", n, so, d0);
			}
}

TC(memmove_overlap,
    "memmove handles overlap in both directions for all "
    "small sizes and offsets")
{
	unsigned char buf[BUF], ref[BUF], tmp[BUF];
	size_t n, s, d, i;

	for (s = 0; s < 24; s++)
		for (d = 0; d < 24; d++)
			for (n = 0; n < 100; n++) {
				pattern(buf, BUF, (unsigned)n);
				memcpy(ref, buf, BUF);
				for (i = 0; i < n; i++)
					tmp[i] = ref[s + i];
				for (i = 0; i < n; i++)
					ref[d + i] = tmp[i];
				ATF_REQUIRE(
				    memmove(buf + d, buf + s, n) == buf + d);
				ATF_REQUIRE_MSG(memcmp(buf, ref, BUF) == 0,
				    "n=%zu s=%zu d=%zu", n, s, d);
			}
}

TC(bcopy_overlap, "bcopy takes the source first and allows overlap")
{
	char buf[16] = "abcdefghij";

	bcopy(buf, buf + 2, 5);
	ATF_CHECK_STREQ(buf, "ababcdehij");
	bcopy(buf + 3, buf, 4);
	ATF_CHECK_STREQ(buf, "bcdecdehij");
}

TC(memset_sizes,
    "memset fills exactly n bytes at every alignment with the "
    "byte value of c (converted to unsigned char)")
{
	unsigned char buf[BUF];
	size_t n, off, i;

	for (off = 0; off < 16; off++)
		for (n = 0; n < 100; n++) {
			memset(buf, 0x11, BUF);
			ATF_REQUIRE(memset(buf + off, 0x1a5, n) == buf + off);
			for (i = 0; i < BUF; i++) {
				unsigned char want =
				    (i >= off && i < off + n) ? 0xa5 : 0x11;
				ATF_REQUIRE_MSG(buf[i] == want,
				    "n=%zu off=%zu i=%zu", n, off, i);
			}
		}
}

TC(bzero_explicit_memset,
    "bzero zeroes and explicit_memset fills and "
    "returns its destination")
{
	unsigned char buf[40];
	size_t i;

	memset(buf, 0x55, sizeof(buf));
	bzero(buf + 3, 30);
	for (i = 0; i < sizeof(buf); i++)
		ATF_CHECK_EQ(buf[i], (i >= 3 && i < 33) ? 0 : 0x55);
	ATF_CHECK(explicit_memset(buf, 0x7e, 10) == buf);
	for (i = 0; i < 10; i++)
		ATF_CHECK_EQ(buf[i], 0x7e);
	ATF_CHECK_EQ(buf[10], 0);
}

TC(memcmp_sign, "memcmp compares as unsigned char and stops at n")
{
	ATF_CHECK(memcmp("abc", "abd", 3) < 0);
	ATF_CHECK(memcmp("abd", "abc", 3) > 0);
	ATF_CHECK(memcmp("abc", "abd", 2) == 0);
	ATF_CHECK(memcmp("\x80", "\x01", 1) > 0);
	ATF_CHECK(memcmp("\x01", "\xff", 1) < 0);
	ATF_CHECK(memcmp("x", "y", 0) == 0);
	ATF_CHECK(memcmp("a\0b", "a\0c", 3) < 0);
}

TC(memcmp_positions,
    "memcmp finds a difference at every position and "
    "alignment")
{
	unsigned char a[100], b[100];
	size_t n, pos, off;

	for (off = 0; off < 8; off++)
		for (n = 1; n < 64; n++)
			for (pos = 0; pos < n; pos++) {
				pattern(a, sizeof(a), 3);
				memcpy(b, a, sizeof(b));
				b[off + pos] ^= 0x80;
				ATF_REQUIRE(memcmp(a + off, b + off, n) != 0);
				ATF_REQUIRE(memcmp(a + off, b + off, pos) == 0);
				ATF_REQUIRE((memcmp(a + off, b + off, n) < 0) ==
				    (a[off + pos] < b[off + pos]));
			}
}

TC(bcmp_consttime,
    "bcmp is 0 only for equal ranges; consttime_memequal is "
    "1 only for equal ranges")
{
	ATF_CHECK_EQ(bcmp("abcd", "abcd", 4), 0);
	ATF_CHECK(bcmp("abcd", "abce", 4) != 0);
	ATF_CHECK_EQ(bcmp("abcd", "abce", 3), 0);
	ATF_CHECK_EQ(consttime_memequal("abcd", "abcd", 4), 1);
	ATF_CHECK_EQ(consttime_memequal("abcd", "abcD", 4), 0);
	ATF_CHECK_EQ(consttime_memequal("\x80", "\x00", 1), 0);
	ATF_CHECK_EQ(consttime_memequal("a", "b", 0), 1);
}

TC(memchr_all, "memchr finds the first match within n bytes only")
{
	unsigned char buf[64];
	size_t n, pos;

	memset(buf, 'a', sizeof(buf));
	for (pos = 0; pos < 40; pos++) {
		memset(buf, 'a', sizeof(buf));
		buf[pos] = 0xfe;
		buf[pos + 5] = 0xfe;
		for (n = 0; n < 50; n++) {
			void *r = memchr(buf, 0x1fe, n);
			ATF_REQUIRE(r == (pos < n ? buf + pos : NULL));
		}
	}
	ATF_CHECK(memchr("ab\0cd", '\0', 5) != NULL);
}

TC(memrchr_all, "memrchr finds the last match within n bytes")
{
	const char *s = "abcabcabc";

	ATF_CHECK(memrchr(s, 'a', 9) == s + 6);
	ATF_CHECK(memrchr(s, 'a', 6) == s + 3);
	ATF_CHECK(memrchr(s, 'c', 2) == NULL);
	ATF_CHECK(memrchr(s, 'x', 9) == NULL);
	ATF_CHECK(memrchr(s, 'a', 0) == NULL);
}

TC(memmem_cases,
    "memmem: empty needle, needle longer than haystack, "
    "overlapping partial matches, binary data")
{
	const char *h = "aaabaaab\0xyz";

	ATF_CHECK(memmem(h, 12, "", 0) == h);
	ATF_CHECK(memmem(h, 3, "aaab", 4) == NULL);
	ATF_CHECK(memmem(h, 12, "aab", 3) == h + 1);
	ATF_CHECK(memmem(h, 12, "b\0x", 3) == h + 7);
	ATF_CHECK(memmem(h, 12, "xyz", 3) == h + 9);
	ATF_CHECK(memmem(h, 11, "xyz", 3) == NULL);
	ATF_CHECK(memmem(h, 12, "baaab", 5) == h + 3);
}

TC(memccpy_stop,
    "memccpy stops after the first c and returns the byte "
    "after it, NULL if c does not occur")
{
	char dst[16];

	memset(dst, 'z', sizeof(dst));
	ATF_CHECK(memccpy(dst, "hello", 'l', 5) == dst + 3);
	ATF_CHECK_EQ(memcmp(dst, "helz", 4), 0);
	memset(dst, 'z', sizeof(dst));
	ATF_CHECK(memccpy(dst, "hello", 'q', 5) == NULL);
	ATF_CHECK_EQ(memcmp(dst, "helloz", 6), 0);
	ATF_CHECK(memccpy(dst, "hello", 'o', 4) == NULL);
}

TC(memmove_large,
    "memmove of 100 KiB overlapping by odd amounts in "
    "both directions")
{
	static unsigned char buf[110000], ref[110000];
	size_t shifts[] = { 1, 7, 8, 4097 }, i, k;

	for (k = 0; k < 4; k++) {
		pattern(buf, sizeof(buf), (unsigned)k);
		memcpy(ref, buf, sizeof(buf));
		memmove(buf + shifts[k], buf, 100000);
		for (i = 0; i < 100000; i++)
			ATF_REQUIRE_EQ(buf[shifts[k] + i], ref[i]);
		pattern(buf, sizeof(buf), (unsigned)k);
		memmove(buf, buf + shifts[k], 100000);
		for (i = 0; i < 100000; i++)
			ATF_REQUIRE_EQ(buf[i], ref[shifts[k] + i]);
	}
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, memcpy_sizes_alignments);
	ATF_TP_ADD_TC(tp, memmove_overlap);
	ATF_TP_ADD_TC(tp, bcopy_overlap);
	ATF_TP_ADD_TC(tp, memset_sizes);
	ATF_TP_ADD_TC(tp, bzero_explicit_memset);
	ATF_TP_ADD_TC(tp, memcmp_sign);
	ATF_TP_ADD_TC(tp, memcmp_positions);
	ATF_TP_ADD_TC(tp, bcmp_consttime);
	ATF_TP_ADD_TC(tp, memchr_all);
	ATF_TP_ADD_TC(tp, memrchr_all);
	ATF_TP_ADD_TC(tp, memmem_cases);
	ATF_TP_ADD_TC(tp, memccpy_stop);
	ATF_TP_ADD_TC(tp, memmove_large);
	return atf_no_error();
}
