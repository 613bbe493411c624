/*
 * vsprintf_l.c: vsprintf_l(3): vsprintf(3) in locale loc instead of the locale
 * in effect, which is restored before returning.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
vsprintf_l(
    char *__restrict s, locale_t loc, const char *__restrict fmt, va_list ap)
{
	locale_t old = uselocale(loc);
	int r;

	r = vsprintf(s, fmt, ap);
	uselocale(old);
	return r;
}
