/*
 * stresep: strsep in which a delimiter preceded by the escape character
 * esc (if not 0) is kept as data; the escape characters themselves are
 * removed from the field.
 */
#include <string.h>

char *
stresep(char **stringp, const char *delim, int esc)
{
	char *s = *stringp, *r, *w;

	if (s == NULL)
		return NULL;
	for (r = w = s; *r != '\0'; r++, w++) {
		if (esc != 0 && *r == (char)esc && r[1] != '\0') {
			r++;
		} else if (strchr(delim, *r) != NULL) {
			*w = '\0';
			*stringp = r + 1;
			return s;
		}
		*w = *r;
	}
	*w = '\0';
	*stringp = NULL;
	return s;
}
