/*
 * execlp.c: execlp(3): as execl, searching PATH.
 */

#include <stdarg.h>
#include <unistd.h>

#include "libc_private.h"

int
execlp(const char *path, const char *arg, ...)
{
	va_list ap;
	int rv;

	va_start(ap, arg);
	rv = __execl(path, arg, ap, __EXECL_PATH);
	va_end(ap);
	return rv;
}
