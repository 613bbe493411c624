/*
 * printf: formatted output to stdout.
 */
#include <stdarg.h>
#include <stdio.h>

int
printf(const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return r;
}
