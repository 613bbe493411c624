/*
 * t_strerror: strerror, strerror_r and strsignal with NetBSD's numbers,
 * Bulkhead's IPC errors, unknown numbers and short buffers.
 */
#include <atf-c.h>
#include <errno.h>
#include <signal.h>
#include <string.h>

#include "h_tc.h"

TC(strerror_known, "strerror gives NetBSD's texts for NetBSD numbers")
{
	ATF_CHECK_EQ(ENOENT, 2);
	ATF_CHECK_STREQ(strerror(ENOENT), "No such file or directory");
	ATF_CHECK_STREQ(strerror(EPERM), "Operation not permitted");
	ATF_CHECK_STREQ(strerror(EINVAL), "Invalid argument");
	ATF_CHECK_STREQ(strerror(EAGAIN), "Resource temporarily unavailable");
	ATF_CHECK_EQ(EAGAIN, 35);
	ATF_CHECK_STREQ(strerror(ENOSYS), "Function not implemented");
	ATF_CHECK_EQ(ENOSYS, 78);
	ATF_CHECK_STREQ(strerror(EFTYPE), "Inappropriate file type or format");
	ATF_CHECK_STREQ(strerror(EILSEQ), "Illegal byte sequence");
	ATF_CHECK_STREQ(strerror(ENOTRECOVERABLE), "State not recoverable");
}

TC(strerror_ipc, "strerror knows Bulkhead's IPC errors 101..110")
{
	ATF_CHECK_STREQ(strerror(101), "Locked (IPC deadlock)");
	ATF_CHECK_STREQ(strerror(102), "Dead source or destination");
	ATF_CHECK_STREQ(strerror(110), "Invalid endpoint");
}

TC(strerror_unknown,
    "strerror of an unknown number says so and sets "
    "EINVAL")
{
	errno = 0;
	ATF_CHECK_STREQ(strerror(9999), "Unknown error: 9999");
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_STREQ(strerror(-5), "Unknown error: -5");
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_STREQ(strerror(100), "Unknown error: 100");
	ATF_CHECK_STREQ(strerror(0), "Undefined error: 0");
}

TC(strerror_every_number, "every number from 1 to 98 has a real message")
{
	int e;

	for (e = 1; e <= 98; e++) {
		errno = 0;
		ATF_CHECK_MSG(strncmp(strerror(e), "Unknown", 7) != 0,
		    "errno %d has no message", e);
		ATF_CHECK_EQ(errno, 0);
	}
}

TC(strerror_r_ok, "strerror_r copies the message and returns 0")
{
	char buf[64];

	ATF_CHECK_EQ(strerror_r(EACCES, buf, sizeof(buf)), 0);
	ATF_CHECK_STREQ(buf, "Permission denied");
}

TC(strerror_r_erange,
    "strerror_r with a short buffer returns ERANGE and "
    "fills what fits, terminated")
{
	char buf[8], big[32];

	memset(buf, 'z', sizeof(buf));
	ATF_CHECK_EQ(strerror_r(ENOENT, buf, sizeof(buf)), ERANGE);
	ATF_CHECK_STREQ(buf, "No such");
	ATF_CHECK_EQ(strerror_r(ENOENT, buf, 0), ERANGE);
	ATF_CHECK_EQ(strerror_r(EIO, big, 19), 0);
	ATF_CHECK_STREQ(big, "Input/output error");
	ATF_CHECK_EQ(strerror_r(EIO, big, 18), ERANGE);
	ATF_CHECK_STREQ(big, "Input/output erro");
}

TC(strerror_r_einval,
    "strerror_r of an unknown number returns EINVAL with "
    "an 'Unknown error' text")
{
	char buf[64];

	ATF_CHECK_EQ(strerror_r(12345, buf, sizeof(buf)), EINVAL);
	ATF_CHECK_STREQ(buf, "Unknown error: 12345");
	ATF_CHECK_EQ(strerror_r(12345, buf, 10), ERANGE);
	ATF_CHECK_STREQ(buf, "Unknown e");
}

TC(strsignal_netbsd, "strsignal uses NetBSD's signal numbers")
{
	ATF_CHECK_EQ(SIGUSR1, 30);
	ATF_CHECK_STREQ(strsignal(SIGUSR1), "User defined signal 1");
	ATF_CHECK_STREQ(strsignal(SIGUSR2), "User defined signal 2");
	ATF_CHECK_STREQ(strsignal(SIGINT), "Interrupt");
	ATF_CHECK_STREQ(strsignal(SIGKILL), "Killed");
	ATF_CHECK_STREQ(strsignal(SIGSEGV), "Segmentation fault");
	ATF_CHECK_STREQ(strsignal(SIGCHLD), "Child exited");
	ATF_CHECK_EQ(SIGCHLD, 20);
	ATF_CHECK_STREQ(strsignal(SIGINFO), "Information request");
}

TC(strsignal_unknown, "strsignal of an unknown number says so")
{
	ATF_CHECK_STREQ(strsignal(0), "Unknown signal: 0");
	ATF_CHECK_STREQ(strsignal(1000), "Unknown signal: 1000");
	ATF_CHECK_STREQ(strsignal(-1), "Unknown signal: -1");
}

TC(strsignal_realtime, "real-time signals are named with their number")
{
	ATF_CHECK_STREQ(strsignal(SIGRTMIN), "Real time signal 33");
	ATF_CHECK_STREQ(strsignal(SIGRTMAX), "Real time signal 63");
	ATF_CHECK_STREQ(strsignal(SIGRTMAX + 1), "Unknown signal: 64");
}

TC(sys_siglist_table,
    "sys_siglist has an entry for every signal below "
    "sys_nsig and agrees with strsignal")
{
	int i;

	ATF_CHECK_EQ(sys_nsig, 33);
	for (i = 1; i < sys_nsig; i++) {
		ATF_REQUIRE(sys_siglist[i] != NULL);
		ATF_CHECK_STREQ(sys_siglist[i], strsignal(i));
	}
	ATF_CHECK_STREQ(sys_siglist[SIGTERM], "Terminated");
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, strerror_known);
	ATF_TP_ADD_TC(tp, strerror_ipc);
	ATF_TP_ADD_TC(tp, strerror_unknown);
	ATF_TP_ADD_TC(tp, strerror_every_number);
	ATF_TP_ADD_TC(tp, strerror_r_ok);
	ATF_TP_ADD_TC(tp, strerror_r_erange);
	ATF_TP_ADD_TC(tp, strerror_r_einval);
	ATF_TP_ADD_TC(tp, strsignal_netbsd);
	ATF_TP_ADD_TC(tp, strsignal_unknown);
	ATF_TP_ADD_TC(tp, strsignal_realtime);
	ATF_TP_ADD_TC(tp, sys_siglist_table);
	return atf_no_error();
}
