/*
 * wcsncpy: copy at most n wide characters, padding with L'\0' to n.
 */
#include <wchar.h>

wchar_t *
wcsncpy(wchar_t *__restrict dst, const wchar_t *__restrict src, size_t n)
{
	size_t i;

	for (i = 0; i < n && src[i] != L'\0'; i++)
		dst[i] = src[i];
	for (; i < n; i++)
		dst[i] = L'\0';
	return dst;
}
