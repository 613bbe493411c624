/*
 * stpcpy: copy a string and return a pointer to the copied NUL.
 */
#include <string.h>

char *
stpcpy(char *__restrict dst, const char *__restrict src)
{
	while ((*dst = *src++) != '\0')
		dst++;
	return dst;
}
