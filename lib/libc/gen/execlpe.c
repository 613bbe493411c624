/*
 * execlpe.c: execlpe(3): as execlp, with the environment after the NULL.
 */

#include <stdarg.h>
#include <unistd.h>

#include "libc_private.h"

int
execlpe(const char *file, const char *arg, ...)
{
	va_list ap;
	int rv;

	va_start(ap, arg);
	rv = __execl(file, arg, ap, __EXECL_ENV | __EXECL_PATH);
	va_end(ap);
	return rv;
}
