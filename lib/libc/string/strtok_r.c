/*
 * strtok_r: split a string into tokens separated by runs of delimiter
 * bytes, keeping the scan position in *last.
 */
#include <string.h>

char *
strtok_r(
    char *__restrict s, const char *__restrict delim, char **__restrict last)
{
	char *tok;

	if (s == NULL) {
		s = *last;
		if (s == NULL)
			return NULL;
	}
	s += strspn(s, delim);
	if (*s == '\0') {
		*last = NULL;
		return NULL;
	}
	tok = s;
	s += strcspn(s, delim);
	if (*s == '\0') {
		*last = NULL;
	} else {
		*s = '\0';
		*last = s + 1;
	}
	return tok;
}
