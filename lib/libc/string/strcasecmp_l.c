/*
 * strcasecmp_l: strcasecmp in locale l: byte case folding is the same in every
 * supported locale.
 */
#include <strings.h>

int
strcasecmp_l(const char *a, const char *b, locale_t l)
{
	(void)l;
	return strcasecmp(a, b);
}
