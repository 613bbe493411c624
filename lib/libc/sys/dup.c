/*
 * dup.c: dup(2): VFS_FCNTL F_DUPFD from 0.
 */

#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int
dup(int fd)
{
	return __vfs_fd(VFS_FCNTL, fd, F_DUPFD, 0, 0, 0, 0);
}
