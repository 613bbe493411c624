/*
 * btowc_l.c: btowc_l(3): btowc(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

wint_t
btowc_l(int c, locale_t loc)
{
	locale_t old = uselocale(loc);
	wint_t r;

	r = btowc(c);
	uselocale(old);
	return r;
}
