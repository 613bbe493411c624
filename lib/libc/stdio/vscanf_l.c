/*
 * vscanf_l.c: vscanf_l(3): vscanf(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
vscanf_l(locale_t loc, const char *__restrict fmt, va_list ap)
{
	locale_t old = uselocale(loc);
	int r;

	r = vscanf(fmt, ap);
	uselocale(old);
	return r;
}
