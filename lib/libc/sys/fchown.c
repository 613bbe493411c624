/*
 * fchown.c: fchown(2): VFS_FCHOWN (uid in buf, gid in len).
 */

#include <unistd.h>

#include "sys_private.h"

int
fchown(int fd, uid_t uid, gid_t gid)
{
	return __vfs_fd(VFS_FCHOWN, fd, 0, uid, gid, 0, 0);
}
