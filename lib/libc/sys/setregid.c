/*
 * setregid.c: setregid(2): PM_SETREGID.
 */

#include <unistd.h>

#include "sys_private.h"

int
setregid(gid_t r, gid_t e)
{
	return __pm_id(PM_SETREGID, 0, 0, r, e, 0);
}
