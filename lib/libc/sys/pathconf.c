/*
 * pathconf.c: pathconf(2): VFS_PATHCONF (name in mode).
 */

#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

long
pathconf(const char *path, int name)
{
	return __vfs_path(
	    VFS_PATHCONF, AT_FDCWD, path, 0, (uint32_t)name, 0, 0);
}
