/*
 * vprintf: vfprintf to stdout.
 */
#include <stdarg.h>
#include <stdio.h>

int
vprintf(const char *__restrict fmt, va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}
