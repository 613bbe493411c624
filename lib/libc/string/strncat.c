/*
 * strncat: append at most n bytes of src to dst, always NUL-terminating.
 */
#include <string.h>

char *
strncat(char *__restrict dst, const char *__restrict src, size_t n)
{
	char *d = dst + strlen(dst);

	for (; n > 0 && *src != '\0'; n--)
		*d++ = *src++;
	*d = '\0';
	return dst;
}
