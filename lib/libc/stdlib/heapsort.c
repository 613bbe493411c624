/*
 * heapsort: in-place O(n log n) sort using no extra memory.  Returns 0,
 * or -1 with errno EINVAL when size is 0.
 */
#include <errno.h>
#include <stdlib.h>

#include "sort_impl.h"

typedef int (*cmp_t)(const void *, const void *);

static void
sift_down(char *base, size_t size, cmp_t cmp, size_t root, size_t n)
{
	size_t child;

	while ((child = 2 * root + 1) < n) {
		if (child + 1 < n &&
		    cmp(base + child * size, base + (child + 1) * size) < 0)
			child++;
		if (cmp(base + root * size, base + child * size) >= 0)
			return;
		__sort_swap(base + root * size, base + child * size, size);
		root = child;
	}
}

int
heapsort(void *vbase, size_t nmemb, size_t size, cmp_t cmp)
{
	char *base = vbase;
	size_t i;

	if (size == 0) {
		errno = EINVAL;
		return -1;
	}
	if (nmemb < 2)
		return 0;
	for (i = nmemb / 2; i > 0; i--)
		sift_down(base, size, cmp, i - 1, nmemb);
	for (i = nmemb - 1; i > 0; i--) {
		__sort_swap(base, base + i * size, size);
		sift_down(base, size, cmp, 0, i);
	}
	return 0;
}
