/*
 * strstr: find the first occurrence of a substring; an empty needle
 * matches at the start of the haystack.
 */
#include <string.h>

char *
strstr(const char *haystack, const char *needle)
{
	size_t nlen = strlen(needle);

	if (nlen == 0)
		return __UNCONST(haystack);
	for (; *haystack != '\0'; haystack++) {
		if (*haystack == *needle &&
		    strncmp(haystack, needle, nlen) == 0)
			return __UNCONST(haystack);
	}
	return NULL;
}
