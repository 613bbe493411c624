/*
 * close.c: close(2) on the host port: close a descriptor.
 */

#include <unistd.h>

#include "linux.h"

int
close(int fd)
{
	return (int)__linux_ret(__lsys1(LNR_close, fd));
}
