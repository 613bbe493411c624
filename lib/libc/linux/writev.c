/*
 * writev.c: writev(2) on the host port: gather write (struct iovec is the same
 * on both sides).
 */

#include <sys/uio.h>

#include "linux.h"

ssize_t
writev(int fd, const struct iovec *iov, int iovcnt)
{
	return (ssize_t)__linux_ret(__lsys3(LNR_writev, fd, iov, iovcnt));
}
