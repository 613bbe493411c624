/*
 * flock.c: flock(2) on the host port: advisory file lock (LOCK_* agree).
 */

#include <fcntl.h>

#include "linux.h"

int
flock(int fd, int op)
{
	return (int)__linux_ret(__lsys2(LNR_flock, fd, op));
}
