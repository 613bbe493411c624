/*
 * ispunct_l: ispunct in locale l.  Single bytes are classified the same
 * way in every supported locale, so l does not change the answer.
 */
#include <ctype.h>

int
ispunct_l(int c, locale_t l)
{
	(void)l;
	return (ispunct)(c);
}
