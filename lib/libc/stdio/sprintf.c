/*
 * sprintf: formatted output to an unbounded string.
 */
#include <stdarg.h>
#include <stdio.h>

int
sprintf(char *__restrict s, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsprintf(s, fmt, ap);
	va_end(ap);
	return r;
}
