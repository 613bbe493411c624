/*
 * tolower_l: tolower in locale l (byte case mapping is the same in every
 * supported locale).
 */
#include <ctype.h>

int
tolower_l(int c, locale_t l)
{
	(void)l;
	return (tolower)(c);
}
