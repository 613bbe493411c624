/*
 * rename.c: rename(2): VFS_RENAME.
 */

#include <fcntl.h>
#include <stdio.h>

#include "sys_private.h"

int __vfs_path2(int, int, const char *, int, const char *, int);

int
rename(const char *from, const char *to)
{
	return __vfs_path2(VFS_RENAME, AT_FDCWD, from, AT_FDCWD, to, 0);
}
