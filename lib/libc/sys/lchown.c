/*
 * lchown.c: lchown(2): VFS_CHOWN without following a final link.
 */

#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int
lchown(const char *path, uid_t uid, gid_t gid)
{
	return __vfs_path(
	    VFS_CHOWN, AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, 0, uid, gid);
}
