/*
 * setrlimit.c: setrlimit(2) through PM_SETRLIMIT; soft above hard is
 * EINVAL.
 */

#include <errno.h>
#include <sys/resource.h>

#include "sys_private.h"

int __pm_rlimit(int, int, int, uint64_t, uint64_t, uint64_t, int, message *);

int
setrlimit(int res, const struct rlimit *rlp)
{
	message m;
	uint64_t cur, max;

	if (res < 0 || res >= RLIM_NLIMITS || rlp->rlim_cur > rlp->rlim_max) {
		errno = EINVAL;
		return -1;
	}
	cur = rlp->rlim_cur;
	max = rlp->rlim_max;
	if (__pm_rlimit(PM_SETRLIMIT, res, 0, cur, max, 0, 0, &m) < 0)
		return -1;
	return 0;
}
