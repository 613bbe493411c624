/*
 * getgroups.c: getgroups(2): PM_GETGROUPS; a negative count is EINVAL.
 */

#include <errno.h>
#include <unistd.h>

#include "sys_private.h"

int
getgroups(int n, gid_t *list)
{
	if (n < 0) {
		errno = EINVAL;
		return -1;
	}
	return __pm_id(
	    PM_GETGROUPS, 0, 0, (uint32_t)n, 0, (uint64_t)(uintptr_t)list);
}
