/*
 * setpgid.c: setpgid(2) on the host port: set a process group.
 */

#include <unistd.h>

#include "linux.h"

int
setpgid(pid_t pid, pid_t pgid)
{
	return (int)__linux_ret(__lsys2(LNR_setpgid, pid, pgid));
}
