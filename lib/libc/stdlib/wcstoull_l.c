/*
 * wcstoull_l.c: wcstoull_l(3): wcstoull(3) in locale loc instead of the locale
 * in effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

unsigned long long
wcstoull_l(const wchar_t *__restrict s, wchar_t **__restrict end, int base,
    locale_t loc)
{
	locale_t old = uselocale(loc);
	unsigned long long r;

	r = wcstoull(s, end, base);
	uselocale(old);
	return r;
}
