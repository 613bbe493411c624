/*
 * explicit_memset: memset that the compiler may not remove as a dead
 * store (for wiping secrets); writes through a volatile pointer.
 */
#include <string.h>

void *
explicit_memset(void *dst, int c, size_t n)
{
	volatile unsigned char *d = dst;

	while (n-- > 0)
		*d++ = (unsigned char)c;
	return dst;
}
