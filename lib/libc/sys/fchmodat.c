/*
 * fchmodat.c: fchmodat(2): VFS_CHMOD relative to a directory.
 */

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "sys_private.h"

int
fchmodat(int fd, const char *path, mode_t mode, int flags)
{
	if (flags & ~AT_SYMLINK_NOFOLLOW) {
		errno = EINVAL;
		return -1;
	}
	return __vfs_path(VFS_CHMOD, fd, path, flags, mode, 0, 0);
}
