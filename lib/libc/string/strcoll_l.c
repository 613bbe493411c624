/*
 * strcoll_l: strcoll in locale l; collation is by code
 * point in every supported locale.
 */
#include <string.h>

int
strcoll_l(const char *a, const char *b, locale_t l)
{
	(void)l;
	return strcoll(a, b);
}
