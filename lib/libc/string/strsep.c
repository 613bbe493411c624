/*
 * strsep: return the next field of *stringp delimited by any byte of
 * delim, NUL-terminating it and advancing *stringp past the delimiter
 * (to NULL after the last field).  Empty fields are returned.
 */
#include <string.h>

char *
strsep(char **stringp, const char *delim)
{
	char *s = *stringp, *end;

	if (s == NULL)
		return NULL;
	end = s + strcspn(s, delim);
	if (*end == '\0') {
		*stringp = NULL;
	} else {
		*end = '\0';
		*stringp = end + 1;
	}
	return s;
}
