/*
 * alarm.c: alarm(2) on the host port: schedule SIGALRM.
 */

#include <unistd.h>

#include "linux.h"

unsigned int
alarm(unsigned int secs)
{
	return (unsigned int)__linux_ret(__lsys1(LNR_alarm, secs));
}
