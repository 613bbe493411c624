/*
 * t_sigsetops: sigemptyset, sigfillset, sigaddset, sigdelset and
 * sigismember, including the range checks.
 */
#include <atf-c.h>
#include <errno.h>
#include <signal.h>

#include "h_tc.h"

TC(empty, "sigemptyset leaves no member")
{
	sigset_t s;
	int i, any = 0;

	ATF_CHECK_EQ(sigfillset(&s), 0);
	ATF_CHECK_EQ(sigemptyset(&s), 0);
	for (i = 1; i < _NSIG; i++)
		any |= sigismember(&s, i);
	ATF_CHECK_EQ(any, 0);
}

TC(fill, "sigfillset makes every signal a member")
{
	sigset_t s;
	int i, all = 1;

	ATF_CHECK_EQ(sigfillset(&s), 0);
	for (i = 1; i < _NSIG; i++)
		all &= sigismember(&s, i) == 1;
	ATF_CHECK(all);
}

TC(add_del, "sigaddset and sigdelset change exactly one member")
{
	sigset_t s;
	int i;

	sigemptyset(&s);
	ATF_CHECK_EQ(sigaddset(&s, SIGINT), 0);
	ATF_CHECK_EQ(sigaddset(&s, SIGPWR), 0);
	ATF_CHECK_EQ(sigaddset(&s, 63), 0);
	for (i = 1; i < _NSIG; i++)
		ATF_CHECK_EQ(
		    sigismember(&s, i), i == SIGINT || i == SIGPWR || i == 63);
	ATF_CHECK_EQ(sigdelset(&s, SIGINT), 0);
	ATF_CHECK_EQ(sigismember(&s, SIGINT), 0);
	ATF_CHECK_EQ(sigismember(&s, SIGPWR), 1);
	ATF_CHECK_EQ(sigdelset(&s, SIGINT), 0);
}

TC(layout, "sigset_t is NetBSD's four 32-bit words, signal n at bit n-1")
{
	sigset_t s;

	ATF_CHECK_EQ(sizeof(sigset_t), 16);
	sigemptyset(&s);
	sigaddset(&s, 1);
	sigaddset(&s, 33);
	ATF_CHECK_EQ(s.__bits[0], 1U);
	ATF_CHECK_EQ(s.__bits[1], 1U);
	sigaddset(&s, 32);
	ATF_CHECK_EQ(s.__bits[0], 0x80000001U);
	ATF_CHECK_EQ(s.__bits[2], 0U);
}

TC(range, "signal numbers outside 1.._NSIG-1 are EINVAL")
{
	sigset_t s;

	sigemptyset(&s);
	errno = 0;
	ATF_CHECK_EQ(sigaddset(&s, 0), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(sigaddset(&s, _NSIG), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(sigdelset(&s, -1), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(sigismember(&s, 1000), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(numbers, "signal numbers are NetBSD's")
{
	ATF_CHECK_EQ(SIGHUP, 1);
	ATF_CHECK_EQ(SIGBUS, 10);
	ATF_CHECK_EQ(SIGSYS, 12);
	ATF_CHECK_EQ(SIGURG, 16);
	ATF_CHECK_EQ(SIGSTOP, 17);
	ATF_CHECK_EQ(SIGTSTP, 18);
	ATF_CHECK_EQ(SIGCONT, 19);
	ATF_CHECK_EQ(SIGCHLD, 20);
	ATF_CHECK_EQ(SIGIO, 23);
	ATF_CHECK_EQ(SIGWINCH, 28);
	ATF_CHECK_EQ(SIGINFO, 29);
	ATF_CHECK_EQ(SIGUSR1, 30);
	ATF_CHECK_EQ(SIGUSR2, 31);
	ATF_CHECK_EQ(SIGPWR, 32);
	ATF_CHECK_EQ(_NSIG, 64);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, empty);
	ATF_TP_ADD_TC(tp, fill);
	ATF_TP_ADD_TC(tp, add_del);
	ATF_TP_ADD_TC(tp, layout);
	ATF_TP_ADD_TC(tp, range);
	ATF_TP_ADD_TC(tp, numbers);
	return atf_no_error();
}
