/*
 * pread.c: pread(2) on the host port: read at an offset.
 */

#include <unistd.h>

#include "linux.h"

ssize_t
pread(int fd, void *buf, size_t nbytes, off_t off)
{
	return (ssize_t)__linux_ret(__lsys4(LNR_pread64, fd, buf, nbytes, off));
}
