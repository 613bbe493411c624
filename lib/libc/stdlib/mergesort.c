/*
 * mergesort: stable O(n log n) sort using a temporary buffer of half the
 * array.  Returns 0, or -1 with errno EINVAL (size smaller than
 * sizeof(void *) / 2, as NetBSD requires) or ENOMEM.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sort_impl.h"

typedef int (*cmp_t)(const void *, const void *);

static void
insertion(char *base, size_t n, size_t size, cmp_t cmp)
{
	size_t i, j;
	char *p;

	for (i = 1; i < n; i++) {
		for (j = i; j > 0; j--) {
			p = base + j * size;
			if (cmp(p - size, p) <= 0)
				break;
			__sort_swap(p - size, p, size);
		}
	}
}

/* Merge the sorted halves [0, nl) and [nl, n); ties take the left. */
static void
merge(char *base, size_t nl, size_t n, size_t size, cmp_t cmp, char *tmp)
{
	char *l = tmp, *lend = tmp + nl * size;
	char *r = base + nl * size, *rend = base + n * size, *out = base;

	memcpy(tmp, base, nl * size);
	while (l < lend && r < rend) {
		if (cmp(r, l) < 0) {
			memcpy(out, r, size);
			r += size;
		} else {
			memcpy(out, l, size);
			l += size;
		}
		out += size;
	}
	memcpy(out, l, (size_t)(lend - l));
}

static void
msort(char *base, size_t n, size_t size, cmp_t cmp, char *tmp)
{
	size_t nl = n / 2;

	if (n <= 8) {
		insertion(base, n, size, cmp);
		return;
	}
	msort(base, nl, size, cmp, tmp);
	msort(base + nl * size, n - nl, size, cmp, tmp);
	if (cmp(base + (nl - 1) * size, base + nl * size) > 0)
		merge(base, nl, n, size, cmp, tmp);
}

int
mergesort(void *base, size_t nmemb, size_t size, cmp_t cmp)
{
	char *tmp;

	if (size < sizeof(void *) / 2) {
		errno = EINVAL;
		return -1;
	}
	if (nmemb < 2)
		return 0;
	tmp = malloc((nmemb / 2 + 1) * size);
	if (tmp == NULL) {
		errno = ENOMEM;
		return -1;
	}
	msort(base, nmemb, size, cmp, tmp);
	free(tmp);
	return 0;
}
