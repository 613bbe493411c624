/*
 * strpbrk: find the first byte of s that is also in accept.
 */
#include <string.h>

#include "string_impl.h"

char *
strpbrk(const char *s, const char *accept)
{
	struct __byteset set;

	__byteset_init(&set, accept);
	for (; *s != '\0'; s++) {
		if (__byteset_has(&set, (unsigned char)*s))
			return __UNCONST(s);
	}
	return NULL;
}
