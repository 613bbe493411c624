/*
 * stat.c: stat(2): VFS_STAT following symbolic links.
 */

#include <fcntl.h>
#include <sys/stat.h>

#include "sys_private.h"

int
stat(const char *path, struct stat *st)
{
	return __vfs_path(
	    VFS_STAT, AT_FDCWD, path, 0, 0, (uint64_t)(uintptr_t)st, 0);
}
