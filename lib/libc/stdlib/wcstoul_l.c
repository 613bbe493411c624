/*
 * wcstoul_l.c: wcstoul_l(3): wcstoul(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

unsigned long
wcstoul_l(const wchar_t *__restrict s, wchar_t **__restrict end, int base,
    locale_t loc)
{
	locale_t old = uselocale(loc);
	unsigned long r;

	r = wcstoul(s, end, base);
	uselocale(old);
	return r;
}
