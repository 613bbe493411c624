/*
 * seteuid.c: seteuid(2) on the host port, through setresuid(-1, e, -1).
 */

#include <unistd.h>

#include "linux.h"

#define LNR_setresuid 117

int
seteuid(uid_t e)
{
	return (int)__linux_ret(__lsys3(LNR_setresuid, -1, (int)e, -1));
}
