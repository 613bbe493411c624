/*
 * mbsinit_l.c: mbsinit_l(3): mbsinit(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

int
mbsinit_l(const mbstate_t *ps, locale_t loc)
{
	locale_t old = uselocale(loc);
	int r;

	r = mbsinit(ps);
	uselocale(old);
	return r;
}
