/*
 * setgroups.c: setgroups(2): PM_SETGROUPS; a count outside 0..NGROUPS_MAX is
 * EINVAL.
 */

#include <errno.h>
#include <limits.h>
#include <unistd.h>

#include "sys_private.h"

int
setgroups(int n, const gid_t *list)
{
	if (n < 0 || n > NGROUPS_MAX) {
		errno = EINVAL;
		return -1;
	}
	return __pm_id(
	    PM_SETGROUPS, 0, 0, (uint32_t)n, 0, (uint64_t)(uintptr_t)list);
}
