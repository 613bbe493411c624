/*
 * memmem: find the first occurrence of the byte string needle (nlen
 * bytes) in haystack (hlen bytes).  An empty needle matches at the start.
 */
#include <string.h>

void *
memmem(const void *haystack, size_t hlen, const void *needle, size_t nlen)
{
	const unsigned char *h = haystack, *n = needle;
	const unsigned char *last;

	if (nlen == 0)
		return __UNCONST(haystack);
	if (hlen < nlen)
		return NULL;
	last = h + (hlen - nlen);
	for (; h <= last; h++) {
		if (*h == *n && memcmp(h, n, nlen) == 0)
			return __UNCONST(h);
	}
	return NULL;
}
