/*
 * __vfs_fd.c: send a VFS call about a descriptor (m_lc_vfs_fd).
 */

#include "sys_private.h"

int
__vfs_fd(int call, int fd, int cmd, uint64_t buf, uint64_t len, int64_t offset,
    uint64_t arg)
{
	message m;

	MSG_INIT(m);
	m.m_lc_vfs_fd.fd = fd;
	m.m_lc_vfs_fd.cmd = cmd;
	m.m_lc_vfs_fd.buf = buf;
	m.m_lc_vfs_fd.len = len;
	m.m_lc_vfs_fd.offset = offset;
	m.m_lc_vfs_fd.arg = arg;
	return _syscall(VFS_PROC_NR, call, &m);
}
