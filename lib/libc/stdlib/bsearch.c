/*
 * bsearch: binary search of a sorted array; returns a matching element
 * or NULL.
 */
#include <stdlib.h>

void *
bsearch(const void *key, const void *base, size_t nmemb, size_t size,
    int (*compar)(const void *, const void *))
{
	const char *lo = base, *mid;
	int c;

	while (nmemb > 0) {
		mid = lo + (nmemb / 2) * size;
		c = compar(key, mid);
		if (c == 0)
			return __UNCONST(mid);
		if (c > 0) {
			lo = mid + size;
			nmemb -= nmemb / 2 + 1;
		} else {
			nmemb /= 2;
		}
	}
	return NULL;
}
