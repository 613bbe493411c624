/*
 * wcrtomb_l.c: wcrtomb_l(3): wcrtomb(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

size_t
wcrtomb_l(
    char *__restrict s, wchar_t wc, mbstate_t *__restrict ps, locale_t loc)
{
	locale_t old = uselocale(loc);
	size_t r;

	r = wcrtomb(s, wc, ps);
	uselocale(old);
	return r;
}
