/*
 * wcscasecmp: compare wide strings ignoring case (towlower of each).
 */
#include <wchar.h>
#include <wctype.h>

int
wcscasecmp(const wchar_t *a, const wchar_t *b)
{
	wint_t c1, c2;

	do {
		c1 = towlower((wint_t)*a++);
		c2 = towlower((wint_t)*b++);
	} while (c1 == c2 && c1 != L'\0');
	if (c1 == c2)
		return 0;
	return c1 < c2 ? -1 : 1;
}
