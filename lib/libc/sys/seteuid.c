/*
 * seteuid.c: seteuid(2): PM_SETEUID.
 */

#include <unistd.h>

#include "sys_private.h"

int
seteuid(uid_t id)
{
	return __pm_id(PM_SETEUID, 0, 0, id, 0, 0);
}
