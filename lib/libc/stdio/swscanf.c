/*
 * swscanf: wide formatted input from a wide string.
 */
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

int
swscanf(const wchar_t *__restrict s, const wchar_t *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vswscanf(s, fmt, ap);
	va_end(ap);
	return r;
}
