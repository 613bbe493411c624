/*
 * truncate.c: truncate(2): VFS_TRUNCATE (length in arg); negative is EINVAL.
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int
truncate(const char *path, off_t len)
{
	if (len < 0) {
		errno = EINVAL;
		return -1;
	}
	return __vfs_path(VFS_TRUNCATE, AT_FDCWD, path, 0, 0, (uint64_t)len, 0);
}
