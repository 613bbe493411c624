/*
 * getpgid.c: getpgid(2) on the host port: a process's process group.
 */

#include <unistd.h>

#include "linux.h"

pid_t
getpgid(pid_t pid)
{
	return (pid_t)__linux_ret(__lsys1(LNR_getpgid, pid));
}
