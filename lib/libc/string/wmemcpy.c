/*
 * wmemcpy: copy n wide characters between non-overlapping arrays.
 */
#include <string.h>
#include <wchar.h>

wchar_t *
wmemcpy(wchar_t *__restrict dst, const wchar_t *__restrict src, size_t n)
{
	return memcpy(dst, src, n * sizeof(wchar_t));
}
