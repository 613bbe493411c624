/*
 * snprintf: formatted output to a string of n bytes.
 */
#include <stdarg.h>
#include <stdio.h>

int
snprintf(char *__restrict s, size_t n, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(s, n, fmt, ap);
	va_end(ap);
	return r;
}
