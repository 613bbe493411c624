/*
 * getdomainname.c: getdomainname(3): PM_GETDOMAINNAME.  PM copies at most
 * len bytes of the name and its NUL, so a short buffer gets a truncated,
 * unterminated name, as NetBSD documents.
 */

#include <errno.h>
#include <unistd.h>

#include "sys_private.h"

int
getdomainname(char *name, size_t len)
{
	message m;

	if (name == NULL) {
		errno = EFAULT;
		return -1;
	}
	MSG_INIT(m);
	m.m_lc_pm_domain.addr = (uint64_t)(uintptr_t)name;
	m.m_lc_pm_domain.len = len;
	return _syscall(PM_PROC_NR, PM_GETDOMAINNAME, &m) < 0 ? -1 : 0;
}
