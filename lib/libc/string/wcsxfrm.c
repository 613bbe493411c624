/*
 * wcsxfrm: identity transform matching wcscoll's code point order.
 */
#include <wchar.h>

size_t
wcsxfrm(wchar_t *__restrict dst, const wchar_t *__restrict src, size_t n)
{
	size_t len = wcslen(src);

	if (len < n)
		wmemcpy(dst, src, len + 1);
	return len;
}
