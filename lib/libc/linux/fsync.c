/*
 * fsync.c: fsync(2) on the host port: flush a file to stable storage.
 */

#include <unistd.h>

#include "linux.h"

int
fsync(int fd)
{
	return (int)__linux_ret(__lsys1(LNR_fsync, fd));
}
