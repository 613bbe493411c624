/*
 * setregid.c: setregid(2) on the host port: set the real and effective group
 * ids.
 */

#include <unistd.h>

#include "linux.h"

int
setregid(gid_t r, gid_t e)
{
	return (int)__linux_ret(__lsys2(LNR_setregid, (int)r, (int)e));
}
