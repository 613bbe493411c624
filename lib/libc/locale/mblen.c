/*
 * mblen: length of the multibyte character at s (mbtowc without storing).
 */
#include <stdlib.h>

int
mblen(const char *s, size_t n)
{
	return mbtowc(NULL, s, n);
}
