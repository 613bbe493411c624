/*
 * fstat.c: fstat(2): VFS_FSTAT fills the caller's struct stat.
 */

#include <sys/stat.h>

#include "sys_private.h"

int
fstat(int fd, struct stat *st)
{
	return __vfs_fd(
	    VFS_FSTAT, fd, 0, (uint64_t)(uintptr_t)st, sizeof(*st), 0, 0);
}
