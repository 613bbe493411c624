/*
 * setgid.c: setgid(2): PM_SETGID.
 */

#include <unistd.h>

#include "sys_private.h"

int
setgid(gid_t id)
{
	return __pm_id(PM_SETGID, 0, 0, id, 0, 0);
}
