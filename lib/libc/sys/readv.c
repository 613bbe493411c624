/*
 * readv.c: readv(2): VFS_READV with the iovec array.
 */

#include <sys/uio.h>

#include "sys_private.h"

ssize_t
readv(int fd, const struct iovec *iov, int cnt)
{
	return __vfs_fd(
	    VFS_READV, fd, 0, (uint64_t)(uintptr_t)iov, (uint64_t)cnt, -1, 0);
}
