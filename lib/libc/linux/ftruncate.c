/*
 * ftruncate.c: ftruncate(2) on the host port: set a file's length.
 */

#include <unistd.h>

#include "linux.h"

int
ftruncate(int fd, off_t len)
{
	return (int)__linux_ret(__lsys2(LNR_ftruncate, fd, len));
}
