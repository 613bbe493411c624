/*
 * close.c: close(2): VFS_CLOSE.
 */

#include <unistd.h>

#include "sys_private.h"

int
close(int fd)
{
	return __vfs_fd(VFS_CLOSE, fd, 0, 0, 0, 0, 0);
}
