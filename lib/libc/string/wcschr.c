/*
 * wcschr: first occurrence of c in a wide string (the terminator too).
 */
#include <wchar.h>

wchar_t *
wcschr(const wchar_t *s, wchar_t c)
{
	for (;; s++) {
		if (*s == c)
			return __UNCONST(s);
		if (*s == L'\0')
			return NULL;
	}
}
