/*
 * mblen_l.c: mblen_l(3): mblen(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <stdlib.h>

int
mblen_l(const char *s, size_t n, locale_t loc)
{
	locale_t old = uselocale(loc);
	int r;

	r = mblen(s, n);
	uselocale(old);
	return r;
}
