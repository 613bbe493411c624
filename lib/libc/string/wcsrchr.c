/*
 * wcsrchr: last occurrence of c in a wide string (the terminator too).
 */
#include <wchar.h>

wchar_t *
wcsrchr(const wchar_t *s, wchar_t c)
{
	const wchar_t *found = NULL;

	for (;; s++) {
		if (*s == c)
			found = s;
		if (*s == L'\0')
			return __UNCONST(found);
	}
}
