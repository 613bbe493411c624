/*
 * setuid.c: setuid(2) on the host port: set the user ids.
 */

#include <unistd.h>

#include "linux.h"

int
setuid(uid_t uid)
{
	return (int)__linux_ret(__lsys1(LNR_setuid, uid));
}
