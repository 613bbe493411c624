/*
 * getsid.c: getsid(2) on the host port: a process's session.
 */

#include <unistd.h>

#include "linux.h"

pid_t
getsid(pid_t pid)
{
	return (pid_t)__linux_ret(__lsys1(LNR_getsid, pid));
}
