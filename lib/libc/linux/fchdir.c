/*
 * fchdir.c: fchdir(2) on the host port: change the working directory to an open
 * directory.
 */

#include <unistd.h>

#include "linux.h"

int
fchdir(int fd)
{
	return (int)__linux_ret(__lsys1(LNR_fchdir, fd));
}
