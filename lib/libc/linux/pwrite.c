/*
 * pwrite.c: pwrite(2) on the host port: write at an offset.
 */

#include <unistd.h>

#include "linux.h"

ssize_t
pwrite(int fd, const void *buf, size_t nbytes, off_t off)
{
	return (ssize_t)__linux_ret(
	    __lsys4(LNR_pwrite64, fd, buf, nbytes, off));
}
