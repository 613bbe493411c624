/*
 * isgraph_l: isgraph in locale l.  Single bytes are classified the same
 * way in every supported locale, so l does not change the answer.
 */
#include <ctype.h>

int
isgraph_l(int c, locale_t l)
{
	(void)l;
	return (isgraph)(c);
}
