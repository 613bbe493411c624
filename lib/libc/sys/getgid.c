/*
 * getgid.c: getgid(2): PM_GETGID's rgid field.
 */

#include <unistd.h>

#include "sys_private.h"

gid_t
getgid(void)
{
	message m;

	MSG_INIT(m);
	(void)_syscall(PM_PROC_NR, PM_GETGID, &m);
	return m.m_pm_lc_ids.rgid;
}
