/*
 * mkdirat.c: mkdirat(2): VFS_MKDIR relative to a directory.
 */

#include <sys/stat.h>

#include "sys_private.h"

int
mkdirat(int fd, const char *path, mode_t mode)
{
	return __vfs_path(VFS_MKDIR, fd, path, 0, mode, 0, 0);
}
