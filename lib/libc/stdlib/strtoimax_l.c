/*
 * strtoimax_l.c: strtoimax_l(3): strtoimax(3) in locale loc instead of the
 * locale in effect, which is restored before returning.
 */

#include <inttypes.h>
#include <locale.h>

intmax_t
strtoimax_l(
    const char *__restrict s, char **__restrict end, int base, locale_t loc)
{
	locale_t old = uselocale(loc);
	intmax_t r;

	r = strtoimax(s, end, base);
	uselocale(old);
	return r;
}
