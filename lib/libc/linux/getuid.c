/*
 * getuid.c: getuid(2) on the host port: the real user id.
 */

#include <unistd.h>

#include "linux.h"

uid_t
getuid(void)
{
	return (uid_t)__linux_ret(__lsys0(LNR_getuid));
}
