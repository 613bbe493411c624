/*
 * fwscanf: wide formatted input from a stream.
 */
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

int
fwscanf(FILE *__restrict f, const wchar_t *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfwscanf(f, fmt, ap);
	va_end(ap);
	return r;
}
