/*
 * wcsrtombs_l.c: wcsrtombs_l(3): wcsrtombs(3) in locale loc instead of the
 * locale in effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

size_t
wcsrtombs_l(char *__restrict dst, const wchar_t **__restrict src, size_t n,
    mbstate_t *__restrict ps, locale_t loc)
{
	locale_t old = uselocale(loc);
	size_t r;

	r = wcsrtombs(dst, src, n, ps);
	uselocale(old);
	return r;
}
