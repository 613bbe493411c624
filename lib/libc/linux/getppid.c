/*
 * getppid.c: getppid(2) on the host port: the parent's process id.
 */

#include <unistd.h>

#include "linux.h"

pid_t
getppid(void)
{
	return (pid_t)__linux_ret(__lsys0(LNR_getppid));
}
