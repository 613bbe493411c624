/*
 * wcstof_l.c: wcstof_l(3): wcstof(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

float
wcstof_l(const wchar_t *__restrict s, wchar_t **__restrict end, locale_t loc)
{
	locale_t old = uselocale(loc);
	float r;

	r = wcstof(s, end);
	uselocale(old);
	return r;
}
