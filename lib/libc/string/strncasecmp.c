/*
 * strncasecmp: strcasecmp on at most n bytes.
 */
#include <strings.h>

#include "string_impl.h"

int
strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;
	int c1, c2;

	for (; n > 0; n--) {
		c1 = __ascii_lower(*p++);
		c2 = __ascii_lower(*q++);
		if (c1 != c2)
			return c1 - c2;
		if (c1 == '\0')
			break;
	}
	return 0;
}
