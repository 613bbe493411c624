/*
 * vsscanf: formatted input from a string.
 */
#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include "stdio_impl.h"

int
vsscanf(const char *__restrict s, const char *__restrict fmt, va_list ap)
{
	FILE f;

	if (s == NULL || fmt == NULL) {
		errno = EINVAL;
		return EOF;
	}
	__sstrfile(&f, s, strlen(s));
	return __vfscanf(&f, fmt, ap);
}
