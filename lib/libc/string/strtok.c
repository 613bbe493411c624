/*
 * strtok: strtok_r with a hidden static position (not reentrant).
 */
#include <string.h>

char *
strtok(char *__restrict s, const char *__restrict delim)
{
	static char *last;

	return strtok_r(s, delim, &last);
}
