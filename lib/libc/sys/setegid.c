/*
 * setegid.c: setegid(2): PM_SETEGID.
 */

#include <unistd.h>

#include "sys_private.h"

int
setegid(gid_t id)
{
	return __pm_id(PM_SETEGID, 0, 0, id, 0, 0);
}
