/*
 * wcscasecmp_l: wcscasecmp with the case mapping of locale l.
 */
#include <wchar.h>
#include <wctype.h>

int
wcscasecmp_l(const wchar_t *a, const wchar_t *b, locale_t l)
{
	wint_t c1, c2;

	do {
		c1 = towlower_l((wint_t)*a++, l);
		c2 = towlower_l((wint_t)*b++, l);
	} while (c1 == c2 && c1 != L'\0');
	if (c1 == c2)
		return 0;
	return c1 < c2 ? -1 : 1;
}
