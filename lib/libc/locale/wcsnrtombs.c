/*
 * wcsnrtombs: convert at most nwc wide characters of *src into at most
 * len bytes at dst; a character whose bytes would not fit stops the
 * conversion.  Returns the bytes stored (the NUL not counted) or
 * (size_t)-1 (EILSEQ) with *src at the unconvertible character.  With
 * dst set, *src becomes NULL after the NUL, else points past the last
 * converted character.  With dst NULL, len is ignored.
 */
#include <errno.h>
#include <string.h>
#include <wchar.h>

#include "locale_impl.h"

size_t
wcsnrtombs(char *__restrict dst, const wchar_t **__restrict src, size_t nwc,
    size_t len, mbstate_t *__restrict ps)
{
	const wchar_t *s = *src;
	size_t count = 0;
	char buf[4];
	int k;

	(void)ps;
	for (; nwc > 0; nwc--, s++) {
		k = __wc_encode(buf, *s);
		if (k < 0) {
			if (dst != NULL)
				*src = s;
			errno = EILSEQ;
			return (size_t)-1;
		}
		if (dst != NULL && count + (size_t)k > len)
			break;
		if (dst != NULL)
			memcpy(dst + count, buf, (size_t)k);
		if (*s == L'\0') {
			if (dst != NULL)
				*src = NULL;
			return count;
		}
		count += (size_t)k;
	}
	if (dst != NULL)
		*src = s;
	return count;
}
