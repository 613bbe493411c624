/*
 * wait4.c: wait4(2): PM_WAIT4; the status comes back in m_pm_lc_ids.
 */

#include <errno.h>
#include <sys/wait.h>

#include "sys_private.h"

pid_t
wait4(pid_t pid, int *status, int options, struct rusage *ru)
{
	message m;
	int r;

	if (options &
	    ~(WNOHANG | WUNTRACED | WCONTINUED | WALTSIG | WALLSIG | WNOWAIT |
		WEXITED | WTRAPPED | WNOZOMBIE)) {
		errno = EINVAL;
		return -1;
	}
	MSG_INIT(m);
	m.m_lc_pm_id.pid = pid;
	m.m_lc_pm_id.arg = options;
	m.m_lc_pm_id.addr = (uint64_t)(uintptr_t)ru;
	if ((r = _syscall(PM_PROC_NR, PM_WAIT4, &m)) < 0)
		return -1;
	if (status != NULL && r > 0)
		*status = m.m_pm_lc_ids.status;
	return r;
}
