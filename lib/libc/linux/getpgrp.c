/*
 * getpgrp.c: getpgrp(2) on the host port: the process group.
 */

#include <unistd.h>

#include "linux.h"

pid_t
getpgrp(void)
{
	return (pid_t)__linux_ret(__lsys0(LNR_getpgrp));
}
