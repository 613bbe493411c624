/*
 * open.c: open(2) on the host port: NetBSD O_* flags become Linux's.
 */

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>

#include "linux.h"

int
open(const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode = 0;
	int lflags, e;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	if ((e = __linux_oflags(flags, &lflags)) != 0)
		return (int)__linux_fail(e);
	return (int)__linux_ret(__lsys3(LNR_open, path, lflags, mode));
}
