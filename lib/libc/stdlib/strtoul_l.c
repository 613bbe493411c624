/*
 * strtoul_l.c: strtoul_l(3): strtoul(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <stdlib.h>

unsigned long
strtoul_l(
    const char *__restrict s, char **__restrict end, int base, locale_t loc)
{
	locale_t old = uselocale(loc);
	unsigned long r;

	r = strtoul(s, end, base);
	uselocale(old);
	return r;
}
