/*
 * memccpy: copy bytes up to and including the first (unsigned char)c,
 * at most n; returns the byte after the copied c, or NULL if c was not
 * among the n bytes.
 */
#include <string.h>

void *
memccpy(void *__restrict dst, const void *__restrict src, int c, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	unsigned char b = (unsigned char)c;

	for (; n > 0; n--) {
		if ((*d++ = *s++) == b)
			return d;
	}
	return NULL;
}
