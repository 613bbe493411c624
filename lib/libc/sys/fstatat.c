/*
 * fstatat.c: fstatat(2): VFS_STAT relative to a directory.
 */

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "sys_private.h"

int
fstatat(int fd, const char *path, struct stat *st, int flags)
{
	if (flags & ~AT_SYMLINK_NOFOLLOW) {
		errno = EINVAL;
		return -1;
	}
	return __vfs_path(
	    VFS_STAT, fd, path, flags, 0, (uint64_t)(uintptr_t)st, 0);
}
