/*
 * wcsncat: append at most n wide characters of src, always terminating.
 */
#include <wchar.h>

wchar_t *
wcsncat(wchar_t *__restrict dst, const wchar_t *__restrict src, size_t n)
{
	wchar_t *d = dst + wcslen(dst);

	for (; n > 0 && *src != L'\0'; n--)
		*d++ = *src++;
	*d = L'\0';
	return dst;
}
