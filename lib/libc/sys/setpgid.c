/*
 * setpgid.c: setpgid(2): PM_SETPGID; a negative group is EINVAL.
 */

#include <errno.h>
#include <unistd.h>

#include "sys_private.h"

int
setpgid(pid_t pid, pid_t pgid)
{
	if (pgid < 0) {
		errno = EINVAL;
		return -1;
	}
	return __pm_id(PM_SETPGID, pid, pgid, 0, 0, 0);
}
