/*
 * getpid.c: getpid(2) on the host port: the process id.
 */

#include <unistd.h>

#include "linux.h"

pid_t
getpid(void)
{
	return (pid_t)__linux_ret(__lsys0(LNR_getpid));
}
