/*
 * mbsnrtowcs: convert at most nms bytes of the multibyte string *src
 * into at most len wide characters at dst.
 *
 * Returns the characters stored (the NUL not counted).  With dst set,
 * *src becomes NULL after a converted NUL, or points just past the last
 * converted character.  An invalid sequence returns (size_t)-1 (EILSEQ)
 * with *src at it.  Bytes of a character cut off by nms stay in *ps.
 * With dst NULL, len is ignored and *src is left alone.
 */
#include <wchar.h>

size_t
mbsnrtowcs(wchar_t *__restrict dst, const char **__restrict src, size_t nms,
    size_t len, mbstate_t *__restrict ps)
{
	static mbstate_t internal;
	const char *s = *src;
	size_t count = 0, r;
	wchar_t wc;

	if (ps == NULL)
		ps = &internal;
	while (dst == NULL || count < len) {
		r = mbrtowc(&wc, s, nms, ps);
		if (r == (size_t)-1) {
			if (dst != NULL)
				*src = s;
			return (size_t)-1;
		}
		if (r == (size_t)-2) {
			s += nms;
			break;
		}
		if (r == 0) {
			if (dst != NULL) {
				dst[count] = L'\0';
				*src = NULL;
			}
			return count;
		}
		s += r;
		nms -= r;
		if (dst != NULL)
			dst[count] = wc;
		count++;
	}
	if (dst != NULL)
		*src = s;
	return count;
}
