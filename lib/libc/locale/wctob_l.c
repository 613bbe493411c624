/*
 * wctob_l.c: wctob_l(3): wctob(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

int
wctob_l(wint_t wc, locale_t loc)
{
	locale_t old = uselocale(loc);
	int r;

	r = wctob(wc);
	uselocale(old);
	return r;
}
