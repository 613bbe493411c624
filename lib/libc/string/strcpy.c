/*
 * strcpy: copy a string including its terminating NUL.
 */
#include <string.h>

char *
strcpy(char *__restrict dst, const char *__restrict src)
{
	char *d = dst;

	while ((*d++ = *src++) != '\0')
		continue;
	return dst;
}
