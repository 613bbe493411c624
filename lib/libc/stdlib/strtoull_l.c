/*
 * strtoull_l.c: strtoull_l(3): strtoull(3) in locale loc instead of the locale
 * in effect, which is restored before returning.
 */

#include <locale.h>
#include <stdlib.h>

unsigned long long
strtoull_l(
    const char *__restrict s, char **__restrict end, int base, locale_t loc)
{
	locale_t old = uselocale(loc);
	unsigned long long r;

	r = strtoull(s, end, base);
	uselocale(old);
	return r;
}
