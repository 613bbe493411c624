/*
 * readlink.c: readlink(2): VFS_READLINK (buffer in arg, size in arg2).
 */

#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

ssize_t
readlink(const char *__restrict path, char *__restrict buf, size_t size)
{
	return __vfs_path(
	    VFS_READLINK, AT_FDCWD, path, 0, 0, (uint64_t)(uintptr_t)buf, size);
}
