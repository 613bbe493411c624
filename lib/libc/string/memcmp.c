/*
 * memcmp: compare n bytes as unsigned char values.
 */
#include <string.h>

int
memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n > 0; n--, p++, q++) {
		if (*p != *q)
			return (int)*p - (int)*q;
	}
	return 0;
}
