/*
 * memset: fill n bytes with the byte value c, a word at a time once the
 * destination is aligned.
 */
#include <string.h>

#include "string_impl.h"

void *
memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	unsigned char b = (unsigned char)c;
	__word_t w;

	while (n > 0 && !__WORD_ALIGNED(d)) {
		*d++ = b;
		n--;
	}
	w = __WORD_ONES * b;
	while (n >= __WORD_SIZE) {
		*(__word_t *)(void *)d = w;
		d += __WORD_SIZE;
		n -= __WORD_SIZE;
	}
	while (n > 0) {
		*d++ = b;
		n--;
	}
	return dst;
}
