/*
 * strtoll_l.c: strtoll_l(3): strtoll(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <stdlib.h>

long long
strtoll_l(
    const char *__restrict s, char **__restrict end, int base, locale_t loc)
{
	locale_t old = uselocale(loc);
	long long r;

	r = strtoll(s, end, base);
	uselocale(old);
	return r;
}
