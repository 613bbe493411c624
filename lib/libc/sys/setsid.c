/*
 * setsid.c: setsid(2): PM_SETSID.
 */

#include <unistd.h>

#include "sys_private.h"

pid_t
setsid(void)
{
	return __pm_id(PM_SETSID, 0, 0, 0, 0, 0);
}
