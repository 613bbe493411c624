/*
 * __vfs_path.c: send a VFS call about a path.  The path is passed as
 * (address, length including the NUL); VFS copies it.  A NULL path is
 * EFAULT and one longer than PATH_MAX is ENAMETOOLONG, before any IPC.
 */

#include <errno.h>
#include <limits.h>

#include "sys_private.h"

int
__vfs_path(int call, int dirfd, const char *path, int flags, uint32_t mode,
    uint64_t arg, uint64_t arg2)
{
	message m;
	size_t len;

	if (path == NULL) {
		errno = EFAULT;
		return -1;
	}
	len = strnlen(path, PATH_MAX);
	if (len == PATH_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	MSG_INIT(m);
	m.m_lc_vfs_path.dirfd = dirfd;
	m.m_lc_vfs_path.flags = flags;
	m.m_lc_vfs_path.path = (uint64_t)(uintptr_t)path;
	m.m_lc_vfs_path.len = len + 1;
	m.m_lc_vfs_path.mode = mode;
	m.m_lc_vfs_path.arg = arg;
	m.m_lc_vfs_path.arg2 = arg2;
	return _syscall(VFS_PROC_NR, call, &m);
}
