/*
 * wcscoll_l: wcscoll in locale l; collation is by code
 * point in every supported locale.
 */
#include <wchar.h>

int
wcscoll_l(const wchar_t *a, const wchar_t *b, locale_t l)
{
	(void)l;
	return wcscoll(a, b);
}
