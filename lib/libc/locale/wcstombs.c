/*
 * wcstombs: convert a wide string to at most n bytes; returns the bytes
 * stored (NUL excluded) or (size_t)-1 (EILSEQ).
 */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

size_t
wcstombs(char *__restrict dst, const wchar_t *__restrict src, size_t n)
{
	const wchar_t *s = src;
	mbstate_t st;

	memset(&st, 0, sizeof(st));
	return wcsrtombs(dst, &s, n, &st);
}
