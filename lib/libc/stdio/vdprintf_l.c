/*
 * vdprintf_l.c: vdprintf_l(3): vdprintf(3) in locale loc instead of the locale
 * in effect, which is restored before returning.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
vdprintf_l(int fd, locale_t loc, const char *__restrict fmt, va_list ap)
{
	locale_t old = uselocale(loc);
	int r;

	r = vdprintf(fd, fmt, ap);
	uselocale(old);
	return r;
}
