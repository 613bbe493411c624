/*
 * sigqueue.c: sigqueue(2) through PM_SIGQUEUE (pid, signal, value).
 */

#include <errno.h>
#include <signal.h>

#include "sys_private.h"

int
sigqueue(pid_t pid, int sig, const union sigval value)
{
	if (sig < 0 || sig >= _NSIG) {
		errno = EINVAL;
		return -1;
	}
	return __pm_id(
	    PM_SIGQUEUE, pid, sig, 0, 0, (uint64_t)(uintptr_t)value.sival_ptr);
}
