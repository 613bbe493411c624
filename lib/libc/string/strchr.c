/*
 * strchr: find the first occurrence of (char)c in a string; the
 * terminating NUL can be found too.
 */
#include <string.h>

char *
strchr(const char *s, int c)
{
	char ch = (char)c;

	for (;; s++) {
		if (*s == ch)
			return __UNCONST(s);
		if (*s == '\0')
			return NULL;
	}
}
