/*
 * getegid.c: getegid(2): PM_GETGID's egid field.
 */

#include <unistd.h>

#include "sys_private.h"

gid_t
getegid(void)
{
	message m;

	MSG_INIT(m);
	(void)_syscall(PM_PROC_NR, PM_GETGID, &m);
	return m.m_pm_lc_ids.egid;
}
