/*
 * unlink.c: unlink(2): VFS_UNLINK.
 */

#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int
unlink(const char *path)
{
	return __vfs_path(VFS_UNLINK, AT_FDCWD, path, 0, 0, 0, 0);
}
