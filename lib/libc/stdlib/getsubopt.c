/*
 * getsubopt: parse the next "name[=value]" of a comma-separated option
 * argument.  Returns the index of name in the NULL-terminated tokens
 * array, or -1 if unknown; *valuep gets the value or NULL, *optionp
 * moves past the comma, and suboptarg (NetBSD) points at the whole
 * suboption.
 */
#include <stdlib.h>
#include <string.h>

char *suboptarg;

int
getsubopt(char **optionp, char *const *tokens, char **valuep)
{
	char *s = *optionp, *end, *eq;
	int i;

	*valuep = NULL;
	suboptarg = NULL;
	if (s == NULL || *s == '\0')
		return -1;
	end = s + strcspn(s, ",");
	*optionp = *end == ',' ? end + 1 : end;
	*end = '\0';
	suboptarg = s;
	eq = strchr(s, '=');
	if (eq != NULL) {
		*eq = '\0';
		*valuep = eq + 1;
	}
	for (i = 0; tokens[i] != NULL; i++) {
		if (strcmp(tokens[i], s) == 0)
			return i;
	}
	if (eq != NULL)
		*eq = '=';
	return -1;
}
