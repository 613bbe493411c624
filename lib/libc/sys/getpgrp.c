/*
 * getpgrp.c: getpgrp(2): PM_GETPGID of the caller.
 */

#include <unistd.h>

#include "sys_private.h"

pid_t
getpgrp(void)
{
	return __pm_id(PM_GETPGID, 0, 0, 0, 0, 0);
}
