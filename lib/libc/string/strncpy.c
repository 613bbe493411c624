/*
 * strncpy: copy at most n bytes of a string and pad the rest of the n
 * bytes with NULs; the result is not terminated if src is n bytes or more.
 */
#include <string.h>

char *
strncpy(char *__restrict dst, const char *__restrict src, size_t n)
{
	size_t i;

	for (i = 0; i < n && src[i] != '\0'; i++)
		dst[i] = src[i];
	for (; i < n; i++)
		dst[i] = '\0';
	return dst;
}
