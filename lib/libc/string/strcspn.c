/*
 * strcspn: length of the initial run of s containing no byte of reject.
 */
#include <string.h>

#include "string_impl.h"

size_t
strcspn(const char *s, const char *reject)
{
	struct __byteset set;
	size_t n;

	__byteset_init(&set, reject);
	for (n = 0; s[n] != '\0' && !__byteset_has(&set, (unsigned char)s[n]);
	     n++)
		continue;
	return n;
}
