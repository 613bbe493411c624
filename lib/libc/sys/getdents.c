/*
 * getdents.c: getdents(2): VFS_GETDENTS fills buf with struct dirent records.
 */

#include <dirent.h>

#include "sys_private.h"

int
getdents(int fd, char *buf, size_t n)
{
	return __vfs_fd(VFS_GETDENTS, fd, 0, (uint64_t)(uintptr_t)buf, n, 0, 0);
}
