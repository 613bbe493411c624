/*
 * strcasecmp: compare strings ignoring the case of ASCII letters (the
 * only letters with case in single bytes in the C and UTF-8 locales).
 */
#include <strings.h>

#include "string_impl.h"

int
strcasecmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;
	int c1, c2;

	do {
		c1 = __ascii_lower(*p++);
		c2 = __ascii_lower(*q++);
	} while (c1 == c2 && c1 != '\0');
	return c1 - c2;
}
