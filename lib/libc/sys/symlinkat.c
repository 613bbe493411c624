/*
 * symlinkat.c: symlinkat(2): VFS_SYMLINK relative to a directory.
 */

#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int __vfs_path2(int, int, const char *, int, const char *, int);

int
symlinkat(const char *target, int fd, const char *path)
{
	return __vfs_path2(VFS_SYMLINK, AT_FDCWD, target, fd, path, 0);
}
