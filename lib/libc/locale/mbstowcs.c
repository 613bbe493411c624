/*
 * mbstowcs: convert a multibyte string to at most n wide characters;
 * returns the count (NUL excluded) or (size_t)-1 (EILSEQ).
 */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

size_t
mbstowcs(wchar_t *__restrict dst, const char *__restrict src, size_t n)
{
	const char *s = src;
	mbstate_t st;

	memset(&st, 0, sizeof(st));
	return mbsrtowcs(dst, &s, n, &st);
}
