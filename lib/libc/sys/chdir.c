/*
 * chdir.c: chdir(2): VFS_CHDIR.
 */

#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int
chdir(const char *path)
{
	return __vfs_path(VFS_CHDIR, AT_FDCWD, path, 0, 0, 0, 0);
}
