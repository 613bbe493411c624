/*
 * wcspbrk: first character of s that also occurs in accept.
 */
#include <wchar.h>

wchar_t *
wcspbrk(const wchar_t *s, const wchar_t *accept)
{
	for (; *s != L'\0'; s++) {
		if (wcschr(accept, *s) != NULL)
			return __UNCONST(s);
	}
	return NULL;
}
