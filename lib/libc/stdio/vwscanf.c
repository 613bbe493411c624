/*
 * vwscanf: vfwscanf from stdin.
 */
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

int
vwscanf(const wchar_t *__restrict fmt, va_list ap)
{
	return vfwscanf(stdin, fmt, ap);
}
