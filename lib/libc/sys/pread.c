/*
 * pread.c: pread(2): VFS_READ at an offset (negative is EINVAL).
 */

#include <errno.h>
#include <unistd.h>

#include "sys_private.h"

ssize_t
pread(int fd, void *buf, size_t n, off_t off)
{
	if (off < 0) {
		errno = EINVAL;
		return -1;
	}
	return __vfs_fd(VFS_READ, fd, 0, (uint64_t)(uintptr_t)buf, n, off, 0);
}
