/*
 * execle.c: execle(3): as execl, with the environment after the NULL.
 */

#include <stdarg.h>
#include <unistd.h>

#include "libc_private.h"

int
execle(const char *path, const char *arg, ...)
{
	va_list ap;
	int rv;

	va_start(ap, arg);
	rv = __execl(path, arg, ap, __EXECL_ENV);
	va_end(ap);
	return rv;
}
