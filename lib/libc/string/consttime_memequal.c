/*
 * consttime_memequal: 1 if the n bytes are equal, 0 otherwise, taking
 * time that depends only on n (no early exit, no data-dependent branch).
 */
#include <string.h>

int
consttime_memequal(const void *a, const void *b, size_t n)
{
	const volatile unsigned char *p = a, *q = b;
	unsigned int acc = 0;

	while (n-- > 0)
		acc |= (unsigned int)(*p++ ^ *q++);
	/* acc is 0..255: (acc - 1) >> 8 has bit 0 set only when acc is 0. */
	return (int)(((acc - 1) >> 8) & 1);
}
