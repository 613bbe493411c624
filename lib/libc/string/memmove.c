/*
 * memmove: copy n bytes between objects that may overlap.
 *
 * Copies forwards when the destination lies below the source and
 * backwards otherwise, a word at a time when both share an alignment.
 */
#include <string.h>

#include "string_impl.h"

static void
copy_backward(unsigned char *d, const unsigned char *s, size_t n)
{
	d += n;
	s += n;
	if ((((uintptr_t)d ^ (uintptr_t)s) & __WORD_MASK) == 0) {
		while (n > 0 && !__WORD_ALIGNED(d)) {
			*--d = *--s;
			n--;
		}
		while (n >= __WORD_SIZE) {
			d -= __WORD_SIZE;
			s -= __WORD_SIZE;
			*(__word_t *)(void *)d =
			    *(const __word_t *)(const void *)s;
			n -= __WORD_SIZE;
			__asm__ volatile("" ::: "memory");
		}
	}
	while (n > 0) {
		*--d = *--s;
		n--;
		__asm__ volatile("" ::: "memory");
	}
}

void *
memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d == s || n == 0)
		return dst;
	if (d < s)
		__copy_forward(d, s, n);
	else
		copy_backward(d, s, n);
	return dst;
}
