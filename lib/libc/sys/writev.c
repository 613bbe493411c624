/*
 * writev.c: writev(2): VFS_WRITEV with the iovec array.
 */

#include <sys/uio.h>

#include "sys_private.h"

ssize_t
writev(int fd, const struct iovec *iov, int cnt)
{
	return __vfs_fd(
	    VFS_WRITEV, fd, 0, (uint64_t)(uintptr_t)iov, (uint64_t)cnt, -1, 0);
}
