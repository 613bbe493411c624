/*
 * ioctl.c: ioctl(2): VFS_IOCTL with the request in len and the argument
 * address in buf; VFS passes it to the driver through a grant.
 */

#include <stdarg.h>
#include <sys/ioctl.h>

#include "sys_private.h"

int
ioctl(int fd, unsigned long req, ...)
{
	va_list ap;
	void *arg;

	va_start(ap, req);
	arg = va_arg(ap, void *);
	va_end(ap);
	return __vfs_fd(VFS_IOCTL, fd, 0, (uint64_t)(uintptr_t)arg, req, 0, 0);
}
