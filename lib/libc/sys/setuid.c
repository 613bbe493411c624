/*
 * setuid.c: setuid(2): PM_SETUID.
 */

#include <unistd.h>

#include "sys_private.h"

int
setuid(uid_t id)
{
	return __pm_id(PM_SETUID, 0, 0, id, 0, 0);
}
