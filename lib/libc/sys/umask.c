/*
 * umask.c: umask(2): VFS_UMASK; returns the old mask.
 */

#include <sys/stat.h>

#include "sys_private.h"

mode_t
umask(mode_t mask)
{
	return (mode_t)__vfs_fd(VFS_UMASK, -1, (int)(mask & 0777), 0, 0, 0, 0);
}
