/*
 * mkdir.c: mkdir(2): VFS_MKDIR.
 */

#include <fcntl.h>
#include <sys/stat.h>

#include "sys_private.h"

int
mkdir(const char *path, mode_t mode)
{
	return __vfs_path(VFS_MKDIR, AT_FDCWD, path, 0, mode, 0, 0);
}
