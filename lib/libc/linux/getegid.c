/*
 * getegid.c: getegid(2) on the host port: the effective group id.
 */

#include <unistd.h>

#include "linux.h"

gid_t
getegid(void)
{
	return (gid_t)__linux_ret(__lsys0(LNR_getegid));
}
