/*
 * getgid.c: getgid(2) on the host port: the real group id.
 */

#include <unistd.h>

#include "linux.h"

gid_t
getgid(void)
{
	return (gid_t)__linux_ret(__lsys0(LNR_getgid));
}
