/*
 * strtold_l.c: strtold_l(3): strtold(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <stdlib.h>

long double
strtold_l(const char *__restrict s, char **__restrict end, locale_t loc)
{
	locale_t old = uselocale(loc);
	long double r;

	r = strtold(s, end);
	uselocale(old);
	return r;
}
