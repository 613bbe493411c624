/*
 * dup3.c: dup3(2): VFS_DUP2 with flags in arg; only O_CLOEXEC and O_NOSIGPIPE
 * are valid, from == to is EINVAL.
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int
dup3(int from, int to, int flags)
{
	if ((flags & ~(O_CLOEXEC | O_NOSIGPIPE)) != 0 || from == to) {
		errno = EINVAL;
		return -1;
	}
	return __vfs_fd(VFS_DUP2, from, to, 0, 0, 0, (uint64_t)flags);
}
