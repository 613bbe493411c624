/*
 * wcwidth_l.c: wcwidth_l(3): wcwidth(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

int
wcwidth_l(wchar_t wc, locale_t loc)
{
	locale_t old = uselocale(loc);
	int r;

	r = wcwidth(wc);
	uselocale(old);
	return r;
}
