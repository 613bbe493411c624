/*
 * chroot.c: chroot(2): VFS_CHROOT.
 */

#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int
chroot(const char *path)
{
	return __vfs_path(VFS_CHROOT, AT_FDCWD, path, 0, 0, 0, 0);
}
