/*
 * wcscmp: compare wide strings by code point value.
 */
#include <wchar.h>

int
wcscmp(const wchar_t *a, const wchar_t *b)
{
	while (*a != L'\0' && *a == *b) {
		a++;
		b++;
	}
	if (*a == *b)
		return 0;
	return *a < *b ? -1 : 1;
}
