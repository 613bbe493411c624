/*
 * localeconv_l.c: localeconv_l(3): localeconv(3) in locale loc instead of the
 * locale in effect, which is restored before returning.
 */

#include <locale.h>

struct lconv *
localeconv_l(locale_t loc)
{
	locale_t old = uselocale(loc);
	struct lconv *r;

	r = localeconv();
	uselocale(old);
	return r;
}
