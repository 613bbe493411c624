/*
 * bcmp: zero if the two byte ranges are equal, nonzero otherwise.
 * Written as its own loop: the compiler turns memcmp(...) != 0 into a
 * call to bcmp, which would recurse here.
 */
#include <strings.h>

int
bcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n > 0; n--) {
		if (*p++ != *q++)
			return 1;
	}
	return 0;
}
