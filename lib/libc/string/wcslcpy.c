/*
 * wcslcpy: strlcpy for wide strings; size counts wide characters.
 */
#include <wchar.h>

size_t
wcslcpy(wchar_t *__restrict dst, const wchar_t *__restrict src, size_t size)
{
	size_t len = wcslen(src);
	size_t n;

	if (size > 0) {
		n = len < size ? len : size - 1;
		wmemcpy(dst, src, n);
		dst[n] = L'\0';
	}
	return len;
}
