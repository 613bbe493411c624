/*
 * fexecve.c: fexecve(2): PM_FEXECVE.  PM asks VFS for the file open on
 * the caller's descriptor (EBADF if none, EACCES unless it is a regular
 * file with execute permission) and loads it as PM_EXEC would.
 */

#include <errno.h>
#include <unistd.h>

#include "sys_private.h"

int
fexecve(int fd, char *const *argv, char *const *envp)
{
	message m;

	if (fd < 0) {
		errno = EBADF;
		return -1;
	}
	if (argv == NULL || envp == NULL) {
		errno = EFAULT;
		return -1;
	}
	MSG_INIT(m);
	m.m_lc_pm_fexec.fd = fd;
	m.m_lc_pm_fexec.argv = (uint64_t)(uintptr_t)argv;
	m.m_lc_pm_fexec.envp = (uint64_t)(uintptr_t)envp;
	return _syscall(PM_PROC_NR, PM_FEXECVE, &m);
}
