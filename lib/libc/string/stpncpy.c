/*
 * stpncpy: like strncpy, but return a pointer to the first NUL written
 * into dst, or dst + n when no NUL was written.
 */
#include <string.h>

char *
stpncpy(char *__restrict dst, const char *__restrict src, size_t n)
{
	size_t i;
	char *end;

	for (i = 0; i < n && src[i] != '\0'; i++)
		dst[i] = src[i];
	end = dst + i;
	for (; i < n; i++)
		dst[i] = '\0';
	return end;
}
