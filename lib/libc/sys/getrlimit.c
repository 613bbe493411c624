/*
 * getrlimit.c: getrlimit(2) through PM_GETRLIMIT.
 */

#include <errno.h>
#include <sys/resource.h>

#include "sys_private.h"

int __pm_rlimit(int, int, int, uint64_t, uint64_t, uint64_t, int, message *);

int
getrlimit(int res, struct rlimit *rlp)
{
	message m;

	if (res < 0 || res >= RLIM_NLIMITS) {
		errno = EINVAL;
		return -1;
	}
	if (__pm_rlimit(PM_GETRLIMIT, res, 0, 0, 0, 0, 0, &m) < 0)
		return -1;
	rlp->rlim_cur = m.m_lc_pm_rlimit.cur;
	rlp->rlim_max = m.m_lc_pm_rlimit.max;
	return 0;
}
