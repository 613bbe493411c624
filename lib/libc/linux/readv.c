/*
 * readv.c: readv(2) on the host port: scatter read (struct iovec is the same on
 * both sides).
 */

#include <sys/uio.h>

#include "linux.h"

ssize_t
readv(int fd, const struct iovec *iov, int iovcnt)
{
	return (ssize_t)__linux_ret(__lsys3(LNR_readv, fd, iov, iovcnt));
}
