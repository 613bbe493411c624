/*
 * wcstod_l.c: wcstod_l(3): wcstod(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

double
wcstod_l(const wchar_t *__restrict s, wchar_t **__restrict end, locale_t loc)
{
	locale_t old = uselocale(loc);
	double r;

	r = wcstod(s, end);
	uselocale(old);
	return r;
}
