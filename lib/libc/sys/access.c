/*
 * access.c: access(2): VFS_ACCESS (mode in mode); unknown mode bits are EINVAL.
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int
access(const char *path, int amode)
{
	if (amode & ~(F_OK | R_OK | W_OK | X_OK)) {
		errno = EINVAL;
		return -1;
	}
	return __vfs_path(VFS_ACCESS, AT_FDCWD, path, 0, (uint32_t)amode, 0, 0);
}
