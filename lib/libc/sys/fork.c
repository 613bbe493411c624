/*
 * fork.c: fork(2): PM_FORK; 0 in the child, the child's pid in the parent.
 */

#include <unistd.h>

#include "sys_private.h"

pid_t
fork(void)
{
	message m;

	MSG_INIT(m);
	return _syscall(PM_PROC_NR, PM_FORK, &m);
}
