/*
 * strtoumax_l.c: strtoumax_l(3): strtoumax(3) in locale loc instead of the
 * locale in effect, which is restored before returning.
 */

#include <inttypes.h>
#include <locale.h>

uintmax_t
strtoumax_l(
    const char *__restrict s, char **__restrict end, int base, locale_t loc)
{
	locale_t old = uselocale(loc);
	uintmax_t r;

	r = strtoumax(s, end, base);
	uselocale(old);
	return r;
}
