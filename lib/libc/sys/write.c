/*
 * write.c: write(2): VFS_WRITE at the current offset.
 */

#include <unistd.h>

#include "sys_private.h"

ssize_t
write(int fd, const void *buf, size_t n)
{
	return __vfs_fd(VFS_WRITE, fd, 0, (uint64_t)(uintptr_t)buf, n, -1, 0);
}
