/*
 * mbtowc_l.c: mbtowc_l(3): mbtowc(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <stdlib.h>

int
mbtowc_l(
    wchar_t *__restrict pwc, const char *__restrict s, size_t n, locale_t loc)
{
	locale_t old = uselocale(loc);
	int r;

	r = mbtowc(pwc, s, n);
	uselocale(old);
	return r;
}
