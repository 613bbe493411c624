/*
 * setpriority.c: setpriority(2) on the host port (PRIO_* agree).
 */

#include <sys/resource.h>

#include "linux.h"

int
setpriority(int which, id_t who, int prio)
{
	return (int)__linux_ret(__lsys3(LNR_setpriority, which, who, prio));
}
