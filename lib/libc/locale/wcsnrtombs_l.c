/*
 * wcsnrtombs_l.c: wcsnrtombs_l(3): wcsnrtombs(3) in locale loc instead of the
 * locale in effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

size_t
wcsnrtombs_l(char *__restrict dst, const wchar_t **__restrict src, size_t nwc,
    size_t n, mbstate_t *__restrict ps, locale_t loc)
{
	locale_t old = uselocale(loc);
	size_t r;

	r = wcsnrtombs(dst, src, nwc, n, ps);
	uselocale(old);
	return r;
}
