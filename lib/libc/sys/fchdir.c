/*
 * fchdir.c: fchdir(2): VFS_FCHDIR.
 */

#include <unistd.h>

#include "sys_private.h"

int
fchdir(int fd)
{
	return __vfs_fd(VFS_FCHDIR, fd, 0, 0, 0, 0, 0);
}
