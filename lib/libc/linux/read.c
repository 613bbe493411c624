/*
 * read.c: read(2) on the host port: read from a descriptor.
 */

#include <unistd.h>

#include "linux.h"

ssize_t
read(int fd, void *buf, size_t nbytes)
{
	return (ssize_t)__linux_ret(__lsys3(LNR_read, fd, buf, nbytes));
}
