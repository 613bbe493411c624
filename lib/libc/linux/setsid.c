/*
 * setsid.c: setsid(2) on the host port: create a session.
 */

#include <unistd.h>

#include "linux.h"

pid_t
setsid(void)
{
	return (pid_t)__linux_ret(__lsys0(LNR_setsid));
}
