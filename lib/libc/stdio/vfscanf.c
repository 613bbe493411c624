/*
 * vfscanf: formatted input from a stream.
 */
#include <errno.h>
#include <stdarg.h>

#include "stdio_impl.h"

int
vfscanf(FILE *__restrict f, const char *__restrict fmt, va_list ap)
{
	if (f == NULL) {
		errno = EBADF;
		return EOF;
	}
	return __vfscanf(f, fmt, ap);
}
