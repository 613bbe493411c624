/*
 * memrchr: find the last byte equal to (unsigned char)c in n bytes.
 */
#include <string.h>

void *
memrchr(const void *s, int c, size_t n)
{
	const unsigned char *p = (const unsigned char *)s + n;
	unsigned char b = (unsigned char)c;

	while (n-- > 0) {
		if (*--p == b)
			return __UNCONST(p);
	}
	return NULL;
}
