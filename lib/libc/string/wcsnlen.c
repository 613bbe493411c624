/*
 * wcsnlen: wcslen examining at most maxlen wide characters.
 */
#include <wchar.h>

size_t
wcsnlen(const wchar_t *s, size_t maxlen)
{
	size_t n;

	for (n = 0; n < maxlen && s[n] != L'\0'; n++)
		continue;
	return n;
}
