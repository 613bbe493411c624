/*
 * vfscanf: formatted input from a stream.
 */
#include <stdarg.h>

#include "stdio_impl.h"

int
vfscanf(FILE *__restrict f, const char *__restrict fmt, va_list ap)
{
	return __vfscanf(f, fmt, ap);
}
