/*
 * mbsnrtowcs_l.c: mbsnrtowcs_l(3): mbsnrtowcs(3) in locale loc instead of the
 * locale in effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

size_t
mbsnrtowcs_l(wchar_t *__restrict dst, const char **__restrict src, size_t nms,
    size_t n, mbstate_t *__restrict ps, locale_t loc)
{
	locale_t old = uselocale(loc);
	size_t r;

	r = mbsnrtowcs(dst, src, nms, n, ps);
	uselocale(old);
	return r;
}
