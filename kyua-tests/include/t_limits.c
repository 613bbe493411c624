/*
 * t_limits: <limits.h> defines every C and POSIX limit NetBSD has, with
 * values that match the types they describe (computed here from the
 * types, not copied from the header).
 */
#include <atf-c.h>
#include <limits.h>
#include <stdint.h>
#include <sys/types.h>

#include "h_tc.h"

TC(char_limits,
    "CHAR_BIT, CHAR_MIN/CHAR_MAX follow the signedness of "
    "plain char; SCHAR_*, UCHAR_MAX")
{
	char c = (char)-1;

	ATF_CHECK_EQ(CHAR_BIT, 8);
	ATF_CHECK_EQ(UCHAR_MAX, (unsigned char)-1);
	ATF_CHECK_EQ(SCHAR_MAX, UCHAR_MAX >> 1);
	ATF_CHECK_EQ(SCHAR_MIN, -SCHAR_MAX - 1);
	if (c < 0) {
		ATF_CHECK_EQ(CHAR_MIN, SCHAR_MIN);
		ATF_CHECK_EQ(CHAR_MAX, SCHAR_MAX);
	} else {
		ATF_CHECK_EQ(CHAR_MIN, 0);
		ATF_CHECK_EQ(CHAR_MAX, UCHAR_MAX);
	}
	c = CHAR_MAX;
	ATF_CHECK_EQ(c, CHAR_MAX);
	c = CHAR_MIN;
	ATF_CHECK_EQ(c, CHAR_MIN);
}

TC(int_limits, "SHRT_*, USHRT_MAX, INT_*, UINT_MAX match their types")
{
	ATF_CHECK_EQ(USHRT_MAX, (unsigned short)-1);
	ATF_CHECK_EQ(SHRT_MAX, USHRT_MAX >> 1);
	ATF_CHECK_EQ(SHRT_MIN, -SHRT_MAX - 1);
	ATF_CHECK_EQ(UINT_MAX, (unsigned int)-1);
	ATF_CHECK_EQ(INT_MAX, (int)(UINT_MAX >> 1));
	ATF_CHECK_EQ(INT_MIN, -INT_MAX - 1);
}

TC(long_limits,
    "LONG_*, ULONG_MAX, LLONG_*, ULLONG_MAX, SSIZE_MAX match "
    "their types (LP64)")
{
	ATF_CHECK_EQ(ULONG_MAX, (unsigned long)-1);
	ATF_CHECK_EQ(LONG_MAX, (long)(ULONG_MAX >> 1));
	ATF_CHECK_EQ(LONG_MIN, -LONG_MAX - 1);
	ATF_CHECK_EQ(ULLONG_MAX, (unsigned long long)-1);
	ATF_CHECK_EQ(LLONG_MAX, (long long)(ULLONG_MAX >> 1));
	ATF_CHECK_EQ(LLONG_MIN, -LLONG_MAX - 1);
	ATF_CHECK_EQ(sizeof(long), 8);
	ATF_CHECK_EQ(SSIZE_MAX, (ssize_t)((size_t)-1 >> 1));
	ATF_CHECK_EQ(SIZE_MAX, (size_t)-1);
}

TC(posix_minimums, "the POSIX minimum values have their required values")
{
	ATF_CHECK_EQ(_POSIX_ARG_MAX, 4096);
	ATF_CHECK_EQ(_POSIX_CHILD_MAX, 25);
	ATF_CHECK_EQ(_POSIX_NAME_MAX, 14);
	ATF_CHECK_EQ(_POSIX_PATH_MAX, 256);
	ATF_CHECK_EQ(_POSIX_OPEN_MAX, 20);
	ATF_CHECK_EQ(_POSIX_PIPE_BUF, 512);
	ATF_CHECK_EQ(_POSIX_SSIZE_MAX, 32767);
	ATF_CHECK_EQ(_POSIX_CLOCKRES_MIN, 20000000);
	ATF_CHECK_EQ(_POSIX_SIGQUEUE_MAX, 32);
	ATF_CHECK_EQ(_POSIX2_LINE_MAX, 2048);
	ATF_CHECK_EQ(_POSIX2_RE_DUP_MAX, 255);
}

TC(system_limits,
    "the system limits NetBSD publishes are present and at "
    "least the POSIX minimums")
{
	ATF_CHECK(ARG_MAX >= _POSIX_ARG_MAX);
	ATF_CHECK(CHILD_MAX >= _POSIX_CHILD_MAX);
	ATF_CHECK(PATH_MAX >= _POSIX_PATH_MAX);
	ATF_CHECK(NAME_MAX >= _POSIX_NAME_MAX);
	ATF_CHECK(OPEN_MAX >= _POSIX_OPEN_MAX);
	ATF_CHECK(PIPE_BUF >= _POSIX_PIPE_BUF);
	ATF_CHECK(LINE_MAX >= _POSIX2_LINE_MAX);
	ATF_CHECK(NGROUPS_MAX >= _POSIX_NGROUPS_MAX);
	ATF_CHECK(IOV_MAX >= _XOPEN_IOV_MAX);
	ATF_CHECK(HOST_NAME_MAX >= _POSIX_HOST_NAME_MAX);
	ATF_CHECK(MB_LEN_MAX >= 1);
	ATF_CHECK_EQ(PATH_MAX, 1024);
	ATF_CHECK_EQ(NAME_MAX, 511);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, char_limits);
	ATF_TP_ADD_TC(tp, int_limits);
	ATF_TP_ADD_TC(tp, long_limits);
	ATF_TP_ADD_TC(tp, posix_minimums);
	ATF_TP_ADD_TC(tp, system_limits);
	return atf_no_error();
}
