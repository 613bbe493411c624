/*
 * memchr: find the first byte equal to (unsigned char)c in n bytes.
 */
#include <string.h>

void *
memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;
	unsigned char b = (unsigned char)c;

	for (; n > 0; n--, p++) {
		if (*p == b)
			return __UNCONST(p);
	}
	return NULL;
}
