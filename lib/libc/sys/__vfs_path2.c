/*
 * __vfs_path2.c: send a VFS call with two paths (rename, link, symlink).
 */

#include <errno.h>
#include <limits.h>

#include "sys_private.h"

int __vfs_path2(int, int, const char *, int, const char *, int);

int
__vfs_path2(
    int call, int fd1, const char *p1, int fd2, const char *p2, int flags)
{
	message m;
	size_t l1, l2;

	if (p1 == NULL || p2 == NULL) {
		errno = EFAULT;
		return -1;
	}
	l1 = strnlen(p1, PATH_MAX);
	l2 = strnlen(p2, PATH_MAX);
	if (l1 == PATH_MAX || l2 == PATH_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	MSG_INIT(m);
	m.m_lc_vfs_path2.fd1 = fd1;
	m.m_lc_vfs_path2.fd2 = fd2;
	m.m_lc_vfs_path2.path1 = (uint64_t)(uintptr_t)p1;
	m.m_lc_vfs_path2.len1 = l1 + 1;
	m.m_lc_vfs_path2.path2 = (uint64_t)(uintptr_t)p2;
	m.m_lc_vfs_path2.len2 = l2 + 1;
	m.m_lc_vfs_path2.flags = flags;
	return _syscall(VFS_PROC_NR, call, &m);
}
