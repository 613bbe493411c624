/*
 * getpgid.c: getpgid(2): PM_GETPGID.
 */

#include <unistd.h>

#include "sys_private.h"

pid_t
getpgid(pid_t pid)
{
	return __pm_id(PM_GETPGID, pid, 0, 0, 0, 0);
}
