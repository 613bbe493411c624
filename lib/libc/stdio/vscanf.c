/*
 * vscanf: formatted input from stdin.
 */
#include <stdarg.h>

#include "stdio_impl.h"

int
vscanf(const char *__restrict fmt, va_list ap)
{
	return __vfscanf(stdin, fmt, ap);
}
