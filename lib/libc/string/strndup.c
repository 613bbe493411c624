/*
 * strndup: copy at most n bytes of a string into malloc'd memory, always
 * NUL-terminated.
 */
#include <stdlib.h>
#include <string.h>

char *
strndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *copy;

	copy = malloc(len + 1);
	if (copy != NULL) {
		memcpy(copy, s, len);
		copy[len] = '\0';
	}
	return copy;
}
