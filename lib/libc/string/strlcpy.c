/*
 * strlcpy: copy src into a buffer of size bytes, truncating and always
 * NUL-terminating when size > 0.  Returns strlen(src), so truncation
 * happened iff the result is >= size.
 */
#include <string.h>

size_t
strlcpy(char *__restrict dst, const char *__restrict src, size_t size)
{
	size_t len = strlen(src);
	size_t n;

	if (size > 0) {
		n = len < size ? len : size - 1;
		memcpy(dst, src, n);
		dst[n] = '\0';
	}
	return len;
}
