/*
 * vasprintf_l.c: vasprintf_l(3): vasprintf(3) in locale loc instead of the
 * locale in effect, which is restored before returning.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
vasprintf_l(char **sp, locale_t loc, const char *fmt, va_list ap)
{
	locale_t old = uselocale(loc);
	int r;

	r = vasprintf(sp, fmt, ap);
	uselocale(old);
	return r;
}
