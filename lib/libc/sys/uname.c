/*
 * uname.c: uname(3): each field from PM_SYSUNAME (PM knows "Bulkhead",
 * the release, the host name ...).
 */

#include <sys/utsname.h>

#include "sys_private.h"

int
uname(struct utsname *u)
{
	char *fields[5] = { u->sysname, u->nodename, u->release, u->version,
		u->machine };
	message m;
	int i;

	for (i = 0; i < 5; i++) {
		MSG_INIT(m);
		m.m_lc_pm_sysuname.field = i;
		m.m_lc_pm_sysuname.addr = (uint64_t)(uintptr_t)fields[i];
		m.m_lc_pm_sysuname.len = _SYS_NMLN;
		if (_syscall(PM_PROC_NR, PM_SYSUNAME, &m) < 0)
			return -1;
		fields[i][_SYS_NMLN - 1] = '\0';
	}
	return 0;
}
