/*
 * wcstoumax_l.c: wcstoumax_l(3): wcstoumax(3) in locale loc instead of the
 * locale in effect, which is restored before returning.
 */

#include <inttypes.h>
#include <locale.h>
#include <wchar.h>

uintmax_t
wcstoumax_l(const wchar_t *__restrict s, wchar_t **__restrict end, int base,
    locale_t loc)
{
	locale_t old = uselocale(loc);
	uintmax_t r;

	r = wcstoumax(s, end, base);
	uselocale(old);
	return r;
}
