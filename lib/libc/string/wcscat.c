/*
 * wcscat: append a wide string to another.
 */
#include <wchar.h>

wchar_t *
wcscat(wchar_t *__restrict dst, const wchar_t *__restrict src)
{
	wcscpy(dst + wcslen(dst), src);
	return dst;
}
