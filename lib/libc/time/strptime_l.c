/*
 * strptime_l.c: strptime_l(3): strptime(3) in locale loc instead of the locale
 * in effect, which is restored before returning.
 */

#include <locale.h>
#include <time.h>

char *
strptime_l(const char *__restrict s, const char *__restrict fmt,
    struct tm *__restrict tm, locale_t loc)
{
	locale_t old = uselocale(loc);
	char *r;

	r = strptime(s, fmt, tm);
	uselocale(old);
	return r;
}
