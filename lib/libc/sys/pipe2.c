/*
 * pipe2.c: pipe2(2): VFS_PIPE2 (flags in flags); the two descriptors
 * come back in m_vfs_lc_reply.
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "sys_private.h"

int
pipe2(int *fds, int flags)
{
	message m;

	if (flags & ~(O_CLOEXEC | O_NONBLOCK | O_NOSIGPIPE)) {
		errno = EINVAL;
		return -1;
	}
	MSG_INIT(m);
	m.m_lc_vfs_fd.flags = flags;
	if (_syscall(VFS_PROC_NR, VFS_PIPE2, &m) < 0)
		return -1;
	fds[0] = m.m_vfs_lc_reply.fds[0];
	fds[1] = m.m_vfs_lc_reply.fds[1];
	return 0;
}
