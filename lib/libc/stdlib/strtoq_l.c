/*
 * strtoq_l.c: strtoq_l(3): strtoq(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <stdlib.h>

__int64_t
strtoq_l(
    const char *__restrict s, char **__restrict end, int base, locale_t loc)
{
	locale_t old = uselocale(loc);
	__int64_t r;

	r = strtoq(s, end, base);
	uselocale(old);
	return r;
}
