/*
 * chown.c: chown(2): VFS_CHOWN (uid in arg, gid in arg2).
 */

#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int
chown(const char *path, uid_t uid, gid_t gid)
{
	return __vfs_path(VFS_CHOWN, AT_FDCWD, path, 0, 0, uid, gid);
}
