/*
 * mknod.c: mknod(2): VFS_MKNOD (device in arg).
 */

#include <fcntl.h>
#include <sys/stat.h>

#include "sys_private.h"

int
mknod(const char *path, mode_t mode, dev_t dev)
{
	return __vfs_path(VFS_MKNOD, AT_FDCWD, path, 0, mode, dev, 0);
}
