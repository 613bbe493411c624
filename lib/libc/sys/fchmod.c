/*
 * fchmod.c: fchmod(2): VFS_FCHMOD (mode in arg).
 */

#include <sys/stat.h>

#include "sys_private.h"

int
fchmod(int fd, mode_t mode)
{
	return __vfs_fd(VFS_FCHMOD, fd, 0, 0, 0, 0, mode);
}
