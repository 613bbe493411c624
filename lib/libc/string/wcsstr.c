/*
 * wcsstr: first occurrence of a wide substring (empty matches at start).
 */
#include <wchar.h>

wchar_t *
wcsstr(const wchar_t *haystack, const wchar_t *needle)
{
	size_t nlen = wcslen(needle);

	if (nlen == 0)
		return __UNCONST(haystack);
	for (; *haystack != L'\0'; haystack++) {
		if (*haystack == *needle &&
		    wcsncmp(haystack, needle, nlen) == 0)
			return __UNCONST(haystack);
	}
	return NULL;
}
