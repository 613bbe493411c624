/*
 * mbrlen_l.c: mbrlen_l(3): mbrlen(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

size_t
mbrlen_l(
    const char *__restrict s, size_t n, mbstate_t *__restrict ps, locale_t loc)
{
	locale_t old = uselocale(loc);
	size_t r;

	r = mbrlen(s, n, ps);
	uselocale(old);
	return r;
}
