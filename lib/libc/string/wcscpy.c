/*
 * wcscpy: copy a wide string including its terminator.
 */
#include <wchar.h>

wchar_t *
wcscpy(wchar_t *__restrict dst, const wchar_t *__restrict src)
{
	wchar_t *d = dst;

	while ((*d++ = *src++) != L'\0')
		continue;
	return dst;
}
