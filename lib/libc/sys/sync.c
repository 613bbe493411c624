/*
 * sync.c: sync(2): VFS_SYNC.
 */

#include <unistd.h>

#include "sys_private.h"

void
sync(void)
{
	message m;

	MSG_INIT(m);
	(void)_syscall(VFS_PROC_NR, VFS_SYNC, &m);
}
