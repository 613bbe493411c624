/*
 * fcntl.c: fcntl(2): VFS_FCNTL with the command in cmd and the argument
 * (an int, or a struct flock address) in arg.
 */

#include <fcntl.h>
#include <stdarg.h>

#include "sys_private.h"

int
fcntl(int fd, int cmd, ...)
{
	va_list ap;
	uint64_t arg;

	va_start(ap, cmd);
	arg = va_arg(ap, uint64_t);
	va_end(ap);
	return __vfs_fd(VFS_FCNTL, fd, cmd, 0, 0, 0, arg);
}
