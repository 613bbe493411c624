/*
 * sethostname.c: sethostname(3): PM_SYSUNAME setting the node name;
 * longer than MAXHOSTNAMELEN - 1 is EINVAL.
 */

#include <errno.h>
#include <sys/param.h>
#include <unistd.h>

#include "sys_private.h"

int
sethostname(const char *name, size_t len)
{
	message m;

	if (len >= MAXHOSTNAMELEN) {
		errno = EINVAL;
		return -1;
	}
	MSG_INIT(m);
	m.m_lc_pm_sysuname.field = 1;
	m.m_lc_pm_sysuname.set = 1;
	m.m_lc_pm_sysuname.addr = (uint64_t)(uintptr_t)name;
	m.m_lc_pm_sysuname.len = len;
	return _syscall(PM_PROC_NR, PM_SYSUNAME, &m) < 0 ? -1 : 0;
}
