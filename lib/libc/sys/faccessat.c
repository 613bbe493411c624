/*
 * faccessat.c: faccessat(2): VFS_ACCESS relative to a directory.
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int
faccessat(int fd, const char *path, int amode, int flags)
{
	if ((amode & ~(F_OK | R_OK | W_OK | X_OK)) != 0 ||
	    (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW)) != 0) {
		errno = EINVAL;
		return -1;
	}
	return __vfs_path(VFS_ACCESS, fd, path, flags, (uint32_t)amode, 0, 0);
}
