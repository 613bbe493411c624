/*
 * read.c: read(2): VFS_READ at the current offset.
 */

#include <unistd.h>

#include "sys_private.h"

ssize_t
read(int fd, void *buf, size_t n)
{
	return __vfs_fd(VFS_READ, fd, 0, (uint64_t)(uintptr_t)buf, n, -1, 0);
}
