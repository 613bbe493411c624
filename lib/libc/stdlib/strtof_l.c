/*
 * strtof_l.c: strtof_l(3): strtof(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <stdlib.h>

float
strtof_l(const char *__restrict s, char **__restrict end, locale_t loc)
{
	locale_t old = uselocale(loc);
	float r;

	r = strtof(s, end);
	uselocale(old);
	return r;
}
