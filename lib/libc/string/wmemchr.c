/*
 * wmemchr: first occurrence of c in n wide characters.
 */
#include <wchar.h>

wchar_t *
wmemchr(const wchar_t *s, wchar_t c, size_t n)
{
	for (; n > 0; n--, s++) {
		if (*s == c)
			return __UNCONST(s);
	}
	return NULL;
}
