/*
 * strncasecmp_l: strncasecmp in locale l: byte case folding is the same in
 * every supported locale.
 */
#include <strings.h>

int
strncasecmp_l(const char *a, const char *b, size_t n, locale_t l)
{
	(void)l;
	return strncasecmp(a, b, n);
}
