/*
 * readlinkat.c: readlinkat(2): VFS_READLINK relative to a directory.
 */

#include <unistd.h>

#include "sys_private.h"

ssize_t
readlinkat(
    int fd, const char *__restrict path, char *__restrict buf, size_t size)
{
	return __vfs_path(
	    VFS_READLINK, fd, path, 0, 0, (uint64_t)(uintptr_t)buf, size);
}
