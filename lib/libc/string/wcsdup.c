/*
 * wcsdup: copy a wide string into malloc'd memory.
 */
#include <stdlib.h>
#include <wchar.h>

wchar_t *
wcsdup(const wchar_t *s)
{
	size_t len = wcslen(s) + 1;
	wchar_t *copy;

	if (len > (size_t)-1 / sizeof(wchar_t))
		return NULL;
	copy = malloc(len * sizeof(wchar_t));
	if (copy != NULL)
		wmemcpy(copy, s, len);
	return copy;
}
