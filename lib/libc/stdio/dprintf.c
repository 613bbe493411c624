/*
 * dprintf: formatted output to a file descriptor.
 */
#include <stdarg.h>
#include <stdio.h>

int
dprintf(int fd, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}
