/*
 * vsscanf_l.c: vsscanf_l(3): vsscanf(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
vsscanf_l(const char *__restrict s, locale_t loc, const char *__restrict fmt,
    va_list ap)
{
	locale_t old = uselocale(loc);
	int r;

	r = vsscanf(s, fmt, ap);
	uselocale(old);
	return r;
}
