/*
 * strspn: length of the initial run of s made only of bytes in accept.
 */
#include <string.h>

#include "string_impl.h"

size_t
strspn(const char *s, const char *accept)
{
	struct __byteset set;
	size_t n;

	__byteset_init(&set, accept);
	for (n = 0; s[n] != '\0' && __byteset_has(&set, (unsigned char)s[n]);
	     n++)
		continue;
	return n;
}
