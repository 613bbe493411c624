/*
 * wcsftime_l.c: wcsftime_l(3): wcsftime(3) in locale loc instead of the locale
 * in effect, which is restored before returning.
 */

#include <locale.h>
#include <wchar.h>

size_t
wcsftime_l(wchar_t *__restrict s, size_t max, const wchar_t *__restrict fmt,
    const struct tm *__restrict tm, locale_t loc)
{
	locale_t old = uselocale(loc);
	size_t r;

	r = wcsftime(s, max, fmt, tm);
	uselocale(old);
	return r;
}
