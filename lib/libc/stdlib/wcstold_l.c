/*
 * wcstold_l.c: wcstold_l(3): wcstold(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

long double
wcstold_l(const wchar_t *__restrict s, wchar_t **__restrict end, locale_t loc)
{
	locale_t old = uselocale(loc);
	long double r;

	r = wcstold(s, end);
	uselocale(old);
	return r;
}
