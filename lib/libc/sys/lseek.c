/*
 * lseek.c: lseek(2): VFS_LSEEK; the new offset comes back in
 * m_vfs_lc_reply because it may not fit in m_type.
 */

#include <errno.h>
#include <unistd.h>

#include "sys_private.h"

off_t
lseek(int fd, off_t off, int whence)
{
	message m;

	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	MSG_INIT(m);
	m.m_lc_vfs_fd.fd = fd;
	m.m_lc_vfs_fd.offset = off;
	m.m_lc_vfs_fd.arg = (uint64_t)whence;
	if (_syscall(VFS_PROC_NR, VFS_LSEEK, &m) < 0)
		return -1;
	return m.m_vfs_lc_reply.offset;
}
