/*
 * symlink.c: symlink(2): VFS_SYMLINK (contents in path1).
 */

#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int __vfs_path2(int, int, const char *, int, const char *, int);

int
symlink(const char *target, const char *path)
{
	return __vfs_path2(VFS_SYMLINK, AT_FDCWD, target, AT_FDCWD, path, 0);
}
