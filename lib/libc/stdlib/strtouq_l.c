/*
 * strtouq_l.c: strtouq_l(3): strtouq(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <stdlib.h>

__uint64_t
strtouq_l(
    const char *__restrict s, char **__restrict end, int base, locale_t loc)
{
	locale_t old = uselocale(loc);
	__uint64_t r;

	r = strtouq(s, end, base);
	uselocale(old);
	return r;
}
