/*
 * sethostname.c: sethostname(3) on the host port.
 */

#include <unistd.h>

#include "linux.h"

int
sethostname(const char *name, size_t len)
{
	return (int)__linux_ret(__lsys2(LNR_sethostname, name, len));
}
