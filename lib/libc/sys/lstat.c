/*
 * lstat.c: lstat(2): VFS_STAT with AT_SYMLINK_NOFOLLOW.
 */

#include <fcntl.h>
#include <sys/stat.h>

#include "sys_private.h"

int
lstat(const char *path, struct stat *st)
{
	return __vfs_path(VFS_STAT, AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, 0,
	    (uint64_t)(uintptr_t)st, 0);
}
