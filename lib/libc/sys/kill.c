/*
 * kill.c: kill(2): PM_KILL; a signal outside 0.._NSIG-1 is EINVAL.
 */

#include <errno.h>
#include <signal.h>

#include "sys_private.h"

int
kill(pid_t pid, int sig)
{
	if (sig < 0 || sig >= _NSIG) {
		errno = EINVAL;
		return -1;
	}
	return __pm_id(PM_KILL, pid, sig, 0, 0, 0);
}
