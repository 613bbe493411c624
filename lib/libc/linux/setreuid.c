/*
 * setreuid.c: setreuid(2) on the host port: set the real and effective user
 * ids.
 */

#include <unistd.h>

#include "linux.h"

int
setreuid(uid_t r, uid_t e)
{
	return (int)__linux_ret(__lsys2(LNR_setreuid, (int)r, (int)e));
}
