/*
 * qsort: sort an array with a plain comparison function (qsort_r with
 * the function passed through the context pointer).
 */
#include <stdlib.h>

typedef int (*cmp_t)(const void *, const void *);

static int
call_plain(const void *a, const void *b, void *ctx)
{
	cmp_t *fn = ctx;

	return (*fn)(a, b);
}

void
qsort(void *base, size_t nmemb, size_t size, cmp_t compar)
{
	qsort_r(base, nmemb, size, call_plain, &compar);
}
