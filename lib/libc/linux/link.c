/*
 * link.c: link(2) on the host port: make a hard link.
 */

#include <unistd.h>

#include "linux.h"

int
link(const char *from, const char *to)
{
	return (int)__linux_ret(__lsys2(LNR_link, from, to));
}
