/*
 * memcpy: copy n bytes between non-overlapping objects.
 *
 * When source and destination share the same alignment the bulk is moved
 * a word at a time; the head and tail (and misaligned pairs) go bytewise.
 */
#include <string.h>

#include "string_impl.h"

void *
memcpy(void *__restrict dst, const void *__restrict src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if ((((uintptr_t)d ^ (uintptr_t)s) & __WORD_MASK) == 0) {
		while (n > 0 && !__WORD_ALIGNED(d)) {
			*d++ = *s++;
			n--;
		}
		while (n >= __WORD_SIZE) {
			*(__word_t *)(void *)d =
			    *(const __word_t *)(const void *)s;
			d += __WORD_SIZE;
			s += __WORD_SIZE;
			n -= __WORD_SIZE;
		}
	}
	while (n > 0) {
		*d++ = *s++;
		n--;
	}
	return dst;
}
