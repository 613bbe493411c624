/*
 * vsnprintf_l.c: vsnprintf_l(3): vsnprintf(3) in locale loc instead of the
 * locale in effect, which is restored before returning.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
vsnprintf_l(char *__restrict s, size_t n, locale_t loc,
    const char *__restrict fmt, va_list ap)
{
	locale_t old = uselocale(loc);
	int r;

	r = vsnprintf(s, n, fmt, ap);
	uselocale(old);
	return r;
}
