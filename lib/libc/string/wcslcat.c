/*
 * wcslcat: strlcat for wide strings; size counts wide characters.
 */
#include <wchar.h>

size_t
wcslcat(wchar_t *__restrict dst, const wchar_t *__restrict src, size_t size)
{
	size_t dlen = wcsnlen(dst, size);
	size_t slen = wcslen(src);
	size_t room, n;

	if (dlen == size)
		return size + slen;
	room = size - dlen - 1;
	n = slen < room ? slen : room;
	wmemcpy(dst + dlen, src, n);
	dst[dlen + n] = L'\0';
	return dlen + slen;
}
