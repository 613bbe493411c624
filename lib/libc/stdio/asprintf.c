/*
 * asprintf: formatted output to a new malloc'd string.
 */
#include <stdarg.h>
#include <stdio.h>

int
asprintf(char **__restrict sp, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vasprintf(sp, fmt, ap);
	va_end(ap);
	return r;
}
