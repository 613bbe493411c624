/*
 * wcstol_l.c: wcstol_l(3): wcstol(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

long
wcstol_l(const wchar_t *__restrict s, wchar_t **__restrict end, int base,
    locale_t loc)
{
	locale_t old = uselocale(loc);
	long r;

	r = wcstol(s, end, base);
	uselocale(old);
	return r;
}
