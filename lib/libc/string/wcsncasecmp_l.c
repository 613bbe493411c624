/*
 * wcsncasecmp_l: wcsncasecmp with the case mapping of locale l.
 */
#include <wchar.h>
#include <wctype.h>

int
wcsncasecmp_l(const wchar_t *a, const wchar_t *b, size_t n, locale_t l)
{
	wint_t c1, c2;

	for (; n > 0; n--) {
		c1 = towlower_l((wint_t)*a++, l);
		c2 = towlower_l((wint_t)*b++, l);
		if (c1 != c2)
			return c1 < c2 ? -1 : 1;
		if (c1 == L'\0')
			break;
	}
	return 0;
}
