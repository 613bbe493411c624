/*
 * wcscspn: length of the initial run of s with no character of reject.
 */
#include <wchar.h>

size_t
wcscspn(const wchar_t *s, const wchar_t *reject)
{
	size_t n;

	for (n = 0; s[n] != L'\0' && wcschr(reject, s[n]) == NULL; n++)
		continue;
	return n;
}
