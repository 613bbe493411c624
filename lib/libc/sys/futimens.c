/*
 * futimens.c: futimens(2): VFS_UTIMENS on a descriptor (an empty path
 * relative to fd).
 */

#include <sys/stat.h>

#include "sys_private.h"

int
futimens(int fd, const struct timespec *ts)
{
	return __vfs_path(
	    VFS_UTIMENS, fd, "", 0, 0, (uint64_t)(uintptr_t)ts, 0);
}
