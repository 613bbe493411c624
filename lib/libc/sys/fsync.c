/*
 * fsync.c: fsync(2): VFS_FSYNC.
 */

#include <unistd.h>

#include "sys_private.h"

int
fsync(int fd)
{
	return __vfs_fd(VFS_FSYNC, fd, 0, 0, 0, 0, 0);
}
