/*
 * wcswidth_l.c: wcswidth_l(3): wcswidth(3) in locale loc instead of the locale
 * in effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

int
wcswidth_l(const wchar_t *s, size_t n, locale_t loc)
{
	locale_t old = uselocale(loc);
	int r;

	r = wcswidth(s, n);
	uselocale(old);
	return r;
}
