/*
 * flock.c: flock(2): VFS_FLOCK (operation in cmd).
 */

#include <fcntl.h>

#include "sys_private.h"

int
flock(int fd, int op)
{
	return __vfs_fd(VFS_FLOCK, fd, op, 0, 0, 0, 0);
}
