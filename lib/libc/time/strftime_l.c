/*
 * strftime_l.c: strftime_l(3): strftime(3) in locale loc instead of the locale
 * in effect, which is restored before returning.
 */

#include <locale.h>
#include <time.h>

size_t
strftime_l(char *__restrict s, size_t max, const char *__restrict fmt,
    const struct tm *__restrict tm, locale_t loc)
{
	locale_t old = uselocale(loc);
	size_t r;

	r = strftime(s, max, fmt, tm);
	uselocale(old);
	return r;
}
