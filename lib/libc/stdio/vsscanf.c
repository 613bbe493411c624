/*
 * vsscanf: formatted input from a string.
 */
#include <stdarg.h>
#include <string.h>

#include "stdio_impl.h"

int
vsscanf(const char *__restrict s, const char *__restrict fmt, va_list ap)
{
	FILE f;

	__sstrfile(&f, s, strlen(s));
	return __vfscanf(&f, fmt, ap);
}
