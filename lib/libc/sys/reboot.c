/*
 * reboot.c: reboot(2): PM_REBOOT.
 */

#include <sys/reboot.h>
#include <unistd.h>

#include "sys_private.h"

int
reboot(int howto, char *bootstr)
{
	(void)bootstr;
	return __pm_id(PM_REBOOT, 0, howto, 0, 0, 0);
}
