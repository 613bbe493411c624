/*
 * wcstombs_l.c: wcstombs_l(3): wcstombs(3) in locale loc instead of the locale
 * in effect, which is restored before returning.
 */

#include <locale.h>
#include <stdlib.h>

size_t
wcstombs_l(
    char *__restrict dst, const wchar_t *__restrict src, size_t n, locale_t loc)
{
	locale_t old = uselocale(loc);
	size_t r;

	r = wcstombs(dst, src, n);
	uselocale(old);
	return r;
}
