/*
 * wcstok: split a wide string into tokens; the position is kept in
 * *last (the C99 three-argument form).
 */
#include <wchar.h>

wchar_t *
wcstok(wchar_t *__restrict s, const wchar_t *__restrict delim,
    wchar_t **__restrict last)
{
	wchar_t *tok;

	if (s == NULL) {
		s = *last;
		if (s == NULL)
			return NULL;
	}
	s += wcsspn(s, delim);
	if (*s == L'\0') {
		*last = NULL;
		return NULL;
	}
	tok = s;
	s += wcscspn(s, delim);
	if (*s == L'\0') {
		*last = NULL;
	} else {
		*s = L'\0';
		*last = s + 1;
	}
	return tok;
}
