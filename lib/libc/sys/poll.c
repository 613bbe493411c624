/*
 * poll.c: poll(2): VFS_POLL with the pollfd array (timeout in arg).
 */

#include <poll.h>

#include "sys_private.h"

int
poll(struct pollfd *fds, nfds_t n, int timeout)
{
	return __vfs_fd(VFS_POLL, -1, 0, (uint64_t)(uintptr_t)fds, n, 0,
	    (uint64_t)(int64_t)timeout);
}
