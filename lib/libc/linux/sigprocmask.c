/*
 * sigprocmask.c: sigprocmask(2) on the host port: NetBSD's 128-bit
 * sigset_t and SIG_* values become Linux's 64-bit mask and 0/1/2.
 */

#include <errno.h>
#include <signal.h>

#include "linux.h"

int
sigprocmask(int how, const sigset_t *__restrict set, sigset_t *__restrict oset)
{
	unsigned long lset, lold;
	int lhow;

	switch (how) {
	case SIG_BLOCK:
		lhow = 0;
		break;
	case SIG_UNBLOCK:
		lhow = 1;
		break;
	case SIG_SETMASK:
		lhow = 2;
		break;
	default:
		if (set != NULL)
			return (int)__linux_fail(EINVAL);
		lhow = 0;
		break;
	}
	if (set != NULL)
		__linux_sigset(set, &lset);
	if (__linux_ret(__lsys4(LNR_rt_sigprocmask, lhow,
		set != NULL ? &lset : NULL, &lold, 8)) < 0)
		return -1;
	if (oset != NULL)
		__linux_sigset_back(lold, oset);
	return 0;
}
