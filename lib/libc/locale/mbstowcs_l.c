/*
 * mbstowcs_l.c: mbstowcs_l(3): mbstowcs(3) in locale loc instead of the locale
 * in effect, which is restored before returning.
 */

#include <locale.h>
#include <stdlib.h>

size_t
mbstowcs_l(
    wchar_t *__restrict dst, const char *__restrict src, size_t n, locale_t loc)
{
	locale_t old = uselocale(loc);
	size_t r;

	r = mbstowcs(dst, src, n);
	uselocale(old);
	return r;
}
