/*
 * kill.c: kill(2) on the host port: the NetBSD signal number is
 * translated to Linux's.
 */

#include <errno.h>
#include <signal.h>

#include "linux.h"

int
kill(pid_t pid, int sig)
{
	int l = __linux_sig(sig);

	if (l < 0)
		return (int)__linux_fail(EINVAL);
	return (int)__linux_ret(__lsys2(LNR_kill, pid, l));
}
