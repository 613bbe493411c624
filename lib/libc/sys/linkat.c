/*
 * linkat.c: linkat(2): VFS_LINK; only AT_SYMLINK_FOLLOW is valid.
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int __vfs_path2(int, int, const char *, int, const char *, int);

int
linkat(int fd1, const char *p1, int fd2, const char *p2, int flags)
{
	if (flags & ~AT_SYMLINK_FOLLOW) {
		errno = EINVAL;
		return -1;
	}
	return __vfs_path2(VFS_LINK, fd1, p1, fd2, p2, flags);
}
