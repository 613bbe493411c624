/*
 * strrchr: find the last occurrence of (char)c in a string; the
 * terminating NUL can be found too.
 */
#include <string.h>

char *
strrchr(const char *s, int c)
{
	char ch = (char)c;
	const char *found = NULL;

	for (;; s++) {
		if (*s == ch)
			found = s;
		if (*s == '\0')
			return __UNCONST(found);
	}
}
