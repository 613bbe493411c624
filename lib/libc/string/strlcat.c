/*
 * strlcat: append src to the string in a buffer of size bytes, truncating
 * and NUL-terminating.  Returns the length of the string it tried to
 * create: strnlen(dst, size) + strlen(src).  If dst has no NUL within
 * size bytes it is left alone.
 */
#include <string.h>

size_t
strlcat(char *__restrict dst, const char *__restrict src, size_t size)
{
	size_t dlen = strnlen(dst, size);
	size_t slen = strlen(src);
	size_t room, n;

	if (dlen == size)
		return size + slen;
	room = size - dlen - 1;
	n = slen < room ? slen : room;
	memcpy(dst + dlen, src, n);
	dst[dlen + n] = '\0';
	return dlen + slen;
}
