/*
 * fdatasync.c: fdatasync(2): VFS_FSYNC with cmd 1 (data only).
 */

#include <unistd.h>

#include "sys_private.h"

int
fdatasync(int fd)
{
	return __vfs_fd(VFS_FSYNC, fd, 1, 0, 0, 0, 0);
}
