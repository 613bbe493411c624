/*
 * wscanf: wide formatted input from stdin.
 */
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

int
wscanf(const wchar_t *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfwscanf(stdin, fmt, ap);
	va_end(ap);
	return r;
}
