/*
 * pause.c: pause(2) on the host port: wait for a signal.
 */

#include <unistd.h>

#include "linux.h"

int
pause(void)
{
	return (int)__linux_ret(__lsys0(LNR_pause));
}
