/*
 * select.c: select(2): VFS_SELECT with the three sets and the timeout
 * passed by address; VFS updates them in place.
 */

#include <errno.h>
#include <sys/select.h>
#include <sys/time.h>

#include "sys_private.h"

int
select(int n, fd_set *__restrict r, fd_set *__restrict w, fd_set *__restrict e,
    struct timeval *__restrict tv)
{
	message m;

	if (n < 0 || n > FD_SETSIZE ||
	    (tv != NULL &&
		(tv->tv_sec < 0 || tv->tv_usec < 0 ||
		    tv->tv_usec >= 1000000))) {
		errno = EINVAL;
		return -1;
	}
	MSG_INIT(m);
	m.m_lc_vfs_select.nfds = n;
	m.m_lc_vfs_select.readfds = (uint64_t)(uintptr_t)r;
	m.m_lc_vfs_select.writefds = (uint64_t)(uintptr_t)w;
	m.m_lc_vfs_select.errorfds = (uint64_t)(uintptr_t)e;
	m.m_lc_vfs_select.timeout = (uint64_t)(uintptr_t)tv;
	return _syscall(VFS_PROC_NR, VFS_SELECT, &m);
}
