/*
 * dup.c: dup(2) on the host port: duplicate a descriptor.
 */

#include <unistd.h>

#include "linux.h"

int
dup(int fd)
{
	return (int)__linux_ret(__lsys1(LNR_dup, fd));
}
