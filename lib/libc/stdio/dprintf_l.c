/*
 * dprintf_l.c: dprintf_l(3): dprintf(3) in locale loc, through vdprintf_l.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
dprintf_l(int fd, locale_t loc, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vdprintf_l(fd, loc, fmt, ap);
	va_end(ap);
	return r;
}
