/*
 * wcstoimax_l.c: wcstoimax_l(3): wcstoimax(3) in locale loc instead of the
 * locale in effect, which is restored before returning.
 */

#include <inttypes.h>
#include <locale.h>
#include <wchar.h>

intmax_t
wcstoimax_l(const wchar_t *__restrict s, wchar_t **__restrict end, int base,
    locale_t loc)
{
	locale_t old = uselocale(loc);
	intmax_t r;

	r = wcstoimax(s, end, base);
	uselocale(old);
	return r;
}
