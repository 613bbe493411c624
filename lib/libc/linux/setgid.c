/*
 * setgid.c: setgid(2) on the host port: set the group ids.
 */

#include <unistd.h>

#include "linux.h"

int
setgid(gid_t gid)
{
	return (int)__linux_ret(__lsys1(LNR_setgid, gid));
}
