/*
 * setegid.c: setegid(2) on the host port, through setresgid(-1, e, -1).
 */

#include <unistd.h>

#include "linux.h"

#define LNR_setresgid 119

int
setegid(gid_t e)
{
	return (int)__linux_ret(__lsys3(LNR_setresgid, -1, (int)e, -1));
}
