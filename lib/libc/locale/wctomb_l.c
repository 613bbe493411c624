/*
 * wctomb_l.c: wctomb_l(3): wctomb(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <stdlib.h>

int
wctomb_l(char *s, wchar_t wc, locale_t loc)
{
	locale_t old = uselocale(loc);
	int r;

	r = wctomb(s, wc);
	uselocale(old);
	return r;
}
