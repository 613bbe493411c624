/*
 * setdomainname.c: setdomainname(3): PM_SETDOMAINNAME (super-user only,
 * PM answers EPERM otherwise).  A name of MAXHOSTNAMELEN bytes or more
 * is EINVAL.
 */

#include <errno.h>
#include <sys/param.h>
#include <unistd.h>

#include "sys_private.h"

int
setdomainname(const char *name, size_t len)
{
	message m;

	if (name == NULL) {
		errno = EFAULT;
		return -1;
	}
	if (len >= MAXHOSTNAMELEN) {
		errno = EINVAL;
		return -1;
	}
	MSG_INIT(m);
	m.m_lc_pm_domain.addr = (uint64_t)(uintptr_t)name;
	m.m_lc_pm_domain.len = len;
	return _syscall(PM_PROC_NR, PM_SETDOMAINNAME, &m) < 0 ? -1 : 0;
}
