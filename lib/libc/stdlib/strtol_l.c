/*
 * strtol_l.c: strtol_l(3): strtol(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <stdlib.h>

long
strtol_l(
    const char *__restrict s, char **__restrict end, int base, locale_t loc)
{
	locale_t old = uselocale(loc);
	long r;

	r = strtol(s, end, base);
	uselocale(old);
	return r;
}
