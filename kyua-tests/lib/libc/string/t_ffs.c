/*
 * t_ffs: ffs, ffsl, ffsll for every single-bit value and mixes, and
 * strmode's rendering of file modes.
 */
#include <sys/stat.h>
#include <atf-c.h>
#include <string.h>
#include <strings.h>

#include "h_tc.h"

TC(ffs_bits, "ffs returns 1 + the index of the lowest set bit, 0 for 0")
{
	int i;

	ATF_CHECK_EQ(ffs(0), 0);
	for (i = 0; i < 32; i++) {
		ATF_CHECK_EQ(ffs((int)(1U << i)), i + 1);
		ATF_CHECK_EQ(ffs((int)(~0U << i)), i + 1);
	}
	ATF_CHECK_EQ(ffs(-1), 1);
	ATF_CHECK_EQ(ffs(0x50), 5);
}

TC(ffsl_ffsll_bits, "ffsl and ffsll cover all 64 bits")
{
	int i;

	ATF_CHECK_EQ(ffsl(0), 0);
	ATF_CHECK_EQ(ffsll(0), 0);
	for (i = 0; i < 64; i++) {
		ATF_CHECK_EQ(ffsl((long)(1UL << i)), i + 1);
		ATF_CHECK_EQ(ffsll((long long)(1ULL << i)), i + 1);
	}
	ATF_CHECK_EQ(ffsll((long long)0x8000000000000000ULL), 64);
}

TC(strmode_types,
    "strmode renders type letters, permissions and the "
    "setuid/setgid/sticky bits")
{
	char buf[12];

	strmode(S_IFREG | 0644, buf);
	ATF_CHECK_STREQ(buf, "-rw-r--r-- ");
	strmode(S_IFDIR | 0755, buf);
	ATF_CHECK_STREQ(buf, "drwxr-xr-x ");
	strmode(S_IFLNK | 0777, buf);
	ATF_CHECK_STREQ(buf, "lrwxrwxrwx ");
	strmode(S_IFREG | S_ISUID | 0755, buf);
	ATF_CHECK_STREQ(buf, "-rwsr-xr-x ");
	strmode(S_IFREG | S_ISUID | 0644, buf);
	ATF_CHECK_STREQ(buf, "-rwSr--r-- ");
	strmode(S_IFDIR | S_ISVTX | 01777, buf);
	ATF_CHECK_STREQ(buf, "drwxrwxrwt ");
	strmode(S_IFDIR | S_ISVTX | 0776, buf);
	ATF_CHECK_STREQ(buf, "drwxrwxrwT ");
	strmode(S_IFREG | S_ISGID | 0710, buf);
	ATF_CHECK_STREQ(buf, "-rwx--s--- ");
	strmode(S_IFCHR | 0600, buf);
	ATF_CHECK_STREQ(buf, "crw------- ");
	strmode(S_IFIFO | 0, buf);
	ATF_CHECK_STREQ(buf, "p--------- ");
}

TC(popcount_family, "popcount counts set bits at every width")
{
	ATF_CHECK_EQ(popcount(0), 0);
	ATF_CHECK_EQ(popcount(0xffffffffU), 32);
	ATF_CHECK_EQ(popcountl(0x8000000000000001UL), 2);
	ATF_CHECK_EQ(popcountll(~0ULL), 64);
	ATF_CHECK_EQ(popcount32(0x55555555U), 16);
	ATF_CHECK_EQ(popcount64(0x0123456789abcdefULL), 32);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, ffs_bits);
	ATF_TP_ADD_TC(tp, ffsl_ffsll_bits);
	ATF_TP_ADD_TC(tp, strmode_types);
	ATF_TP_ADD_TC(tp, popcount_family);
	return atf_no_error();
}
