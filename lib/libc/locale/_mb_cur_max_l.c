/*
 * _mb_cur_max_l.c: _mb_cur_max_l(3): __mb_cur_max(3) in locale loc instead of
 * the locale in effect, which is restored before returning.
 */

#include <locale.h>
#include <stdlib.h>

size_t
_mb_cur_max_l(locale_t loc)
{
	locale_t old = uselocale(loc);
	size_t r;

	r = __mb_cur_max();
	uselocale(old);
	return r;
}
