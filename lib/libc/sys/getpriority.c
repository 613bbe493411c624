/*
 * getpriority.c: getpriority(2) through PM_GETPRIORITY; the value (which
 * may be negative) comes back in m_lc_pm_rlimit.prio.
 */

#include <sys/resource.h>

#include "sys_private.h"

int __pm_rlimit(int, int, int, uint64_t, uint64_t, uint64_t, int, message *);

int
getpriority(int which, id_t who)
{
	message m;

	if (__pm_rlimit(PM_GETPRIORITY, which, (int)who, 0, 0, 0, 0, &m) < 0)
		return -1;
	return m.m_lc_pm_rlimit.prio;
}
