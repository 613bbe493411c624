/*
 * dup2.c: dup2(2): VFS_DUP2 (target in cmd).
 */

#include <unistd.h>

#include "sys_private.h"

int
dup2(int from, int to)
{
	return __vfs_fd(VFS_DUP2, from, to, 0, 0, 0, 0);
}
