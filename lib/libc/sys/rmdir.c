/*
 * rmdir.c: rmdir(2): VFS_UNLINK with AT_REMOVEDIR.
 */

#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int
rmdir(const char *path)
{
	return __vfs_path(VFS_UNLINK, AT_FDCWD, path, AT_REMOVEDIR, 0, 0, 0);
}
