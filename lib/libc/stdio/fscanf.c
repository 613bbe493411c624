/*
 * fscanf: formatted input from a stream.
 */
#include <stdarg.h>
#include <stdio.h>

int
fscanf(FILE *__restrict f, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfscanf(f, fmt, ap);
	va_end(ap);
	return r;
}
