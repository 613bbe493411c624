/*
 * fchownat.c: fchownat(2): VFS_CHOWN relative to a directory.
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int
fchownat(int fd, const char *path, uid_t uid, gid_t gid, int flags)
{
	if (flags & ~AT_SYMLINK_NOFOLLOW) {
		errno = EINVAL;
		return -1;
	}
	return __vfs_path(VFS_CHOWN, fd, path, flags, 0, uid, gid);
}
