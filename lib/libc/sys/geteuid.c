/*
 * geteuid.c: geteuid(2): PM_GETUID's euid field.
 */

#include <unistd.h>

#include "sys_private.h"

uid_t
geteuid(void)
{
	message m;

	MSG_INIT(m);
	(void)_syscall(PM_PROC_NR, PM_GETUID, &m);
	return m.m_pm_lc_ids.euid;
}
