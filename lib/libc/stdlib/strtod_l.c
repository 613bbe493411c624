/*
 * strtod_l.c: strtod_l(3): strtod(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <stdlib.h>

double
strtod_l(const char *__restrict s, char **__restrict end, locale_t loc)
{
	locale_t old = uselocale(loc);
	double r;

	r = strtod(s, end);
	uselocale(old);
	return r;
}
