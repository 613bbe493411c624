/*
 * utimensat.c: utimensat(2): VFS_UTIMENS (timespec[2] in arg, 0 for now).
 */

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "sys_private.h"

int
utimensat(int fd, const char *path, const struct timespec *ts, int flags)
{
	if (flags & ~AT_SYMLINK_NOFOLLOW) {
		errno = EINVAL;
		return -1;
	}
	return __vfs_path(
	    VFS_UTIMENS, fd, path, flags, 0, (uint64_t)(uintptr_t)ts, 0);
}
