/*
 * getpid.c: getpid(2): PM_GETPID.
 */

#include <unistd.h>

#include "sys_private.h"

pid_t
getpid(void)
{
	message m;

	MSG_INIT(m);
	if (_syscall(PM_PROC_NR, PM_GETPID, &m) < 0)
		return -1;
	return m.m_pm_lc_ids.pid;
}
