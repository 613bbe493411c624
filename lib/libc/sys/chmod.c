/*
 * chmod.c: chmod(2): VFS_CHMOD.
 */

#include <fcntl.h>
#include <sys/stat.h>

#include "sys_private.h"

int
chmod(const char *path, mode_t mode)
{
	return __vfs_path(VFS_CHMOD, AT_FDCWD, path, 0, mode, 0, 0);
}
