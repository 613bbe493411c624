/*
 * fdatasync.c: fdatasync(2) on the host port: flush a file's data to stable
 * storage.
 */

#include <unistd.h>

#include "linux.h"

int
fdatasync(int fd)
{
	return (int)__linux_ret(__lsys1(LNR_fdatasync, fd));
}
