/*
 * unlinkat.c: unlinkat(2): VFS_UNLINK; only AT_REMOVEDIR is valid.
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int
unlinkat(int fd, const char *path, int flags)
{
	if (flags & ~AT_REMOVEDIR) {
		errno = EINVAL;
		return -1;
	}
	return __vfs_path(VFS_UNLINK, fd, path, flags, 0, 0, 0);
}
