/*
 * setreuid.c: setreuid(2): PM_SETREUID.
 */

#include <unistd.h>

#include "sys_private.h"

int
setreuid(uid_t r, uid_t e)
{
	return __pm_id(PM_SETREUID, 0, 0, r, e, 0);
}
