/*
 * wcsncasecmp: wcscasecmp on at most n wide characters.
 */
#include <wchar.h>
#include <wctype.h>

int
wcsncasecmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	wint_t c1, c2;

	for (; n > 0; n--) {
		c1 = towlower((wint_t)*a++);
		c2 = towlower((wint_t)*b++);
		if (c1 != c2)
			return c1 < c2 ? -1 : 1;
		if (c1 == L'\0')
			break;
	}
	return 0;
}
