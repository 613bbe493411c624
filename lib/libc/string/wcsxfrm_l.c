/*
 * wcsxfrm_l: wcsxfrm in locale l; collation is by code
 * point in every supported locale.
 */
#include <wchar.h>

size_t
wcsxfrm_l(wchar_t *__restrict dst, const wchar_t *__restrict src, size_t n,
    locale_t l)
{
	(void)l;
	return wcsxfrm(dst, src, n);
}
