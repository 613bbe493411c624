/*
 * swprintf: wide formatted output to a wide string.
 */
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

int
swprintf(wchar_t *__restrict s, size_t n, const wchar_t *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vswprintf(s, n, fmt, ap);
	va_end(ap);
	return r;
}
