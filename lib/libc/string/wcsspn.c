/*
 * wcsspn: length of the initial run of s made of characters in accept.
 */
#include <wchar.h>

size_t
wcsspn(const wchar_t *s, const wchar_t *accept)
{
	size_t n;

	for (n = 0; s[n] != L'\0' && wcschr(accept, s[n]) != NULL; n++)
		continue;
	return n;
}
