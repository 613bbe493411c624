/*
 * strncmp: compare at most n bytes of two strings.
 */
#include <string.h>

int
strncmp(const char *a, const char *b, size_t n)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	for (; n > 0; n--, p++, q++) {
		if (*p != *q)
			return (int)*p - (int)*q;
		if (*p == '\0')
			break;
	}
	return 0;
}
