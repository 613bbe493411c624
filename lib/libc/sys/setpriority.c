/*
 * setpriority.c: setpriority(2) through PM_SETPRIORITY; PM clamps the
 * value to PRIO_MIN..PRIO_MAX.
 */

#include <sys/resource.h>

#include "sys_private.h"

int __pm_rlimit(int, int, int, uint64_t, uint64_t, uint64_t, int, message *);

int
setpriority(int which, id_t who, int prio)
{
	message m;

	if (__pm_rlimit(PM_SETPRIORITY, which, (int)who, 0, 0, 0, prio, &m) < 0)
		return -1;
	return 0;
}
