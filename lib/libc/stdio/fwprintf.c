/*
 * fwprintf: wide formatted output to a stream.
 */
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

int
fwprintf(FILE *__restrict f, const wchar_t *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfwprintf(f, fmt, ap);
	va_end(ap);
	return r;
}
