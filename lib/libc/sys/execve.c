/*
 * execve.c: execve(2): PM_EXEC; PM and VFS copy the path, argv and envp.
 */

#include <errno.h>
#include <limits.h>
#include <unistd.h>

#include "sys_private.h"

int
execve(const char *path, char *const *argv, char *const *envp)
{
	message m;
	size_t len;

	if (path == NULL || argv == NULL || envp == NULL) {
		errno = EFAULT;
		return -1;
	}
	if ((len = strnlen(path, PATH_MAX)) == PATH_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	MSG_INIT(m);
	m.m_lc_pm_exec.path = (uint64_t)(uintptr_t)path;
	m.m_lc_pm_exec.pathlen = len + 1;
	m.m_lc_pm_exec.argv = (uint64_t)(uintptr_t)argv;
	m.m_lc_pm_exec.envp = (uint64_t)(uintptr_t)envp;
	return _syscall(PM_PROC_NR, PM_EXEC, &m);
}
