/*
 * wcrtomb: store the multibyte form of wc at s (MB_CUR_MAX bytes of room)
 * and return its length; (size_t)-1 with EILSEQ if wc has no encoding in
 * the current LC_CTYPE (above 0xff in C; surrogates, negative values or
 * values above 0x10ffff in UTF-8).  s == NULL resets *ps and returns 1.
 */
#include <errno.h>
#include <string.h>
#include <wchar.h>

#include "locale_impl.h"

size_t
wcrtomb(char *__restrict s, wchar_t wc, mbstate_t *__restrict ps)
{
	static mbstate_t internal;
	char buf[4];
	int len;

	if (ps == NULL)
		ps = &internal;
	if (s == NULL) {
		s = buf;
		wc = L'\0';
	}
	__MBS(ps)->count = 0;
	len = __wc_encode(buf, wc);
	if (len < 0) {
		errno = EILSEQ;
		return (size_t)-1;
	}
	memcpy(s, buf, (size_t)len);
	return (size_t)len;
}
