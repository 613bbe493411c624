/*
 * pwrite.c: pwrite(2): VFS_WRITE at an offset (negative is EINVAL).
 */

#include <errno.h>
#include <unistd.h>

#include "sys_private.h"

ssize_t
pwrite(int fd, const void *buf, size_t n, off_t off)
{
	if (off < 0) {
		errno = EINVAL;
		return -1;
	}
	return __vfs_fd(VFS_WRITE, fd, 0, (uint64_t)(uintptr_t)buf, n, off, 0);
}
