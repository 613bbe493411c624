/*
 * reboot.c: reboot(2) on the host port: RB_HALT / RB_POWERDOWN / reboot
 * become Linux's reboot commands (only root may do this).
 */

#include <sys/reboot.h>
#include <unistd.h>

#include "linux.h"

#define L_MAGIC1	0xfee1dead
#define L_MAGIC2	672274793
#define L_CMD_RESTART	0x01234567
#define L_CMD_HALT	0xcdef0123
#define L_CMD_POWER_OFF 0x4321fedc

int
reboot(int howto, char *bootstr)
{
	unsigned long cmd = L_CMD_RESTART;

	(void)bootstr;
	if ((howto & RB_POWERDOWN) == RB_POWERDOWN)
		cmd = L_CMD_POWER_OFF;
	else if (howto & RB_HALT)
		cmd = L_CMD_HALT;
	if ((howto & RB_NOSYNC) == 0)
		(void)__lsys0(LNR_sync);
	return (int)__linux_ret(
	    __lsys4(LNR_reboot, L_MAGIC1, L_MAGIC2, cmd, 0));
}
