/*
 * mkfifo.c: mkfifo(2): VFS_MKNOD of S_IFIFO; mode bits beyond ALLPERMS are
 * EINVAL.
 */

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "sys_private.h"

int
mkfifo(const char *path, mode_t mode)
{
	if (mode & ~ALLPERMS) {
		errno = EINVAL;
		return -1;
	}
	return __vfs_path(VFS_MKNOD, AT_FDCWD, path, 0, S_IFIFO | mode, 0, 0);
}
