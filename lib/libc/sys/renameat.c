/*
 * renameat.c: renameat(2): VFS_RENAME relative to directories.
 */

#include <stdio.h>

#include "sys_private.h"

int __vfs_path2(int, int, const char *, int, const char *, int);

int
renameat(int fromfd, const char *from, int tofd, const char *to)
{
	return __vfs_path2(VFS_RENAME, fromfd, from, tofd, to, 0);
}
