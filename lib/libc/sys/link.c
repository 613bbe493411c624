/*
 * link.c: link(2): VFS_LINK.
 */

#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int __vfs_path2(int, int, const char *, int, const char *, int);

int
link(const char *from, const char *to)
{
	return __vfs_path2(VFS_LINK, AT_FDCWD, from, AT_FDCWD, to, 0);
}
