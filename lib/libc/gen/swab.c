/*
 * swab.c: swab(3): copy n bytes (rounded down to even) from src to dst,
 * swapping each pair; nothing for n <= 1.
 */

#include <unistd.h>

void
swab(const void *__restrict src, void *__restrict dst, ssize_t n)
{
	const unsigned char *s = src;
	unsigned char *d = dst, t;

	for (; n > 1; n -= 2, s += 2, d += 2) {
		t = s[0];
		d[0] = s[1];
		d[1] = t;
	}
}
