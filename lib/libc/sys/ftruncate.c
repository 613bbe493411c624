/*
 * ftruncate.c: ftruncate(2): VFS_FTRUNCATE; a negative length is EINVAL.
 */

#include <errno.h>
#include <unistd.h>

#include "sys_private.h"

int
ftruncate(int fd, off_t len)
{
	if (len < 0) {
		errno = EINVAL;
		return -1;
	}
	return __vfs_fd(VFS_FTRUNCATE, fd, 0, 0, 0, len, 0);
}
