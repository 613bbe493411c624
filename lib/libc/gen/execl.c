/*
 * execl.c: execl(3): execute a file with a list of arguments.
 */

#include <stdarg.h>
#include <unistd.h>

#include "libc_private.h"

int
execl(const char *path, const char *arg, ...)
{
	va_list ap;
	int rv;

	va_start(ap, arg);
	rv = __execl(path, arg, ap, 0);
	va_end(ap);
	return rv;
}
