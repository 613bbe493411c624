/*
 * getpriority.c: getpriority(2) on the host port.  Linux's call returns
 * 20 - nice so that it is never negative; undo that.
 */

#include <sys/resource.h>

#include "linux.h"

int
getpriority(int which, id_t who)
{
	long r = __linux_ret(__lsys2(LNR_getpriority, which, who));

	return r == -1 ? -1 : (int)(20 - r);
}
