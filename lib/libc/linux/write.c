/*
 * write.c: write(2) on the host port: write to a descriptor.
 */

#include <unistd.h>

#include "linux.h"

ssize_t
write(int fd, const void *buf, size_t nbytes)
{
	return (ssize_t)__linux_ret(__lsys3(LNR_write, fd, buf, nbytes));
}
