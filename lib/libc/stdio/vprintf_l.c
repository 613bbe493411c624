/*
 * vprintf_l.c: vprintf_l(3): vprintf(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
vprintf_l(locale_t loc, const char *__restrict fmt, va_list ap)
{
	locale_t old = uselocale(loc);
	int r;

	r = vprintf(fmt, ap);
	uselocale(old);
	return r;
}
