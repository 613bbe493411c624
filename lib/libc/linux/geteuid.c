/*
 * geteuid.c: geteuid(2) on the host port: the effective user id.
 */

#include <unistd.h>

#include "linux.h"

uid_t
geteuid(void)
{
	return (uid_t)__linux_ret(__lsys0(LNR_geteuid));
}
