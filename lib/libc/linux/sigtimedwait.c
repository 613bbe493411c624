/*
 * sigtimedwait.c: sigtimedwait(2) on the host port: wait for one of the
 * signals in set (which should be blocked); returns its NetBSD number
 * and, if info is not NULL, its siginfo.  EAGAIN on timeout.
 */

#include <errno.h>
#include <signal.h>
#include <time.h>

#include "linux.h"

#define LNR_rt_sigtimedwait 128

int
sigtimedwait(const sigset_t *__restrict set, siginfo_t *__restrict info,
    const struct timespec *__restrict ts)
{
	struct l_siginfo lsi;
	unsigned long lset;
	long r;

	if (ts != NULL && (ts->tv_nsec < 0 || ts->tv_nsec >= 1000000000L))
		return (int)__linux_fail(EINVAL);
	__linux_sigset(set, &lset);
	r = __linux_ret(__lsys4(LNR_rt_sigtimedwait, &lset, &lsi, ts, 8));
	if (r < 0)
		return -1;
	if (info != NULL)
		__linux_siginfo_back(&lsi, info);
	return __linux_sig_back((int)r);
}
