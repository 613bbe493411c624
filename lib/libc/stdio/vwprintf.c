/*
 * vwprintf: vfwprintf to stdout.
 */
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

int
vwprintf(const wchar_t *__restrict fmt, va_list ap)
{
	return vfwprintf(stdout, fmt, ap);
}
