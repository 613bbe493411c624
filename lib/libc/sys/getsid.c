/*
 * getsid.c: getsid(2): PM_GETSID.
 */

#include <unistd.h>

#include "sys_private.h"

pid_t
getsid(pid_t pid)
{
	return __pm_id(PM_GETSID, pid, 0, 0, 0, 0);
}
