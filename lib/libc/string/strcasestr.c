/*
 * strcasestr: strstr ignoring the case of ASCII letters.
 */
#include <string.h>
#include <strings.h>

char *
strcasestr(const char *haystack, const char *needle)
{
	size_t nlen = strlen(needle);

	if (nlen == 0)
		return __UNCONST(haystack);
	for (; *haystack != '\0'; haystack++) {
		if (strncasecmp(haystack, needle, nlen) == 0)
			return __UNCONST(haystack);
	}
	return NULL;
}
