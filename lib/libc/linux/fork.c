/*
 * fork.c: fork(2) on the host port: create a process.
 */

#include <unistd.h>

#include "linux.h"

pid_t
fork(void)
{
	return (pid_t)__linux_ret(__lsys0(LNR_fork));
}
