/*
 * sscanf: formatted input from a string.
 */
#include <stdarg.h>
#include <stdio.h>

int
sscanf(const char *__restrict s, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsscanf(s, fmt, ap);
	va_end(ap);
	return r;
}
