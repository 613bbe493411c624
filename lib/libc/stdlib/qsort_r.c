/*
 * qsort_r: sort nmemb elements of size bytes with a comparison function
 * that receives a caller's context pointer.
 *
 * Introsort: quicksort with a median-of-three pivot, insertion sort for
 * short ranges, and heapsort when the recursion gets deeper than
 * 2 log2(n), so the worst case stays O(n log n).  Recursion goes into
 * the smaller part only, bounding the stack to O(log n).  Not stable.
 */
#include <stdlib.h>

#include "sort_impl.h"

typedef int (*cmp_r_t)(const void *, const void *, void *);

struct sorter {
	size_t size;
	cmp_r_t cmp;
	void *ctx;
};

static int
cmp(const struct sorter *s, const char *a, const char *b)
{
	return s->cmp(a, b, s->ctx);
}

static void
insertion(const struct sorter *s, char *base, size_t n)
{
	size_t i, j;
	char *p;

	for (i = 1; i < n; i++) {
		for (j = i; j > 0; j--) {
			p = base + j * s->size;
			if (cmp(s, p - s->size, p) <= 0)
				break;
			__sort_swap(p - s->size, p, s->size);
		}
	}
}

static void
sift_down(const struct sorter *s, char *base, size_t root, size_t n)
{
	size_t child;

	while ((child = 2 * root + 1) < n) {
		if (child + 1 < n &&
		    cmp(s, base + child * s->size,
			base + (child + 1) * s->size) < 0)
			child++;
		if (cmp(s, base + root * s->size, base + child * s->size) >= 0)
			return;
		__sort_swap(
		    base + root * s->size, base + child * s->size, s->size);
		root = child;
	}
}

static void
heap(const struct sorter *s, char *base, size_t n)
{
	size_t i;

	for (i = n / 2; i > 0; i--)
		sift_down(s, base, i - 1, n);
	for (i = n - 1; i > 0; i--) {
		__sort_swap(base, base + i * s->size, s->size);
		sift_down(s, base, 0, i);
	}
}

/* Put the median of first, middle and last at the front as pivot. */
static void
choose_pivot(const struct sorter *s, char *base, size_t n)
{
	char *a = base, *b = base + (n / 2) * s->size;
	char *c = base + (n - 1) * s->size, *m;

	if (cmp(s, a, b) < 0)
		m = cmp(s, b, c) < 0 ? b : (cmp(s, a, c) < 0 ? c : a);
	else
		m = cmp(s, a, c) < 0 ? a : (cmp(s, b, c) < 0 ? c : b);
	if (m != a)
		__sort_swap(a, m, s->size);
}

/* Hoare-style partition around base[0]; returns the pivot's index. */
static size_t
partition(const struct sorter *s, char *base, size_t n)
{
	size_t i = 0, j = n;

	for (;;) {
		do
			i++;
		while (i < n && cmp(s, base + i * s->size, base) < 0);
		do
			j--;
		while (cmp(s, base + j * s->size, base) > 0);
		if (i >= j)
			break;
		__sort_swap(base + i * s->size, base + j * s->size, s->size);
	}
	if (j != 0)
		__sort_swap(base, base + j * s->size, s->size);
	return j;
}

static void
intro(const struct sorter *s, char *base, size_t n, int depth)
{
	size_t p;

	while (n > 12) {
		if (depth-- == 0) {
			heap(s, base, n);
			return;
		}
		choose_pivot(s, base, n);
		p = partition(s, base, n);
		if (p < n - p - 1) {
			intro(s, base, p, depth);
			base += (p + 1) * s->size;
			n -= p + 1;
		} else {
			intro(s, base + (p + 1) * s->size, n - p - 1, depth);
			n = p;
		}
	}
	insertion(s, base, n);
}

void
qsort_r(void *base, size_t nmemb, size_t size,
    int (*compar)(const void *, const void *, void *), void *ctx)
{
	struct sorter s = { size, compar, ctx };
	int depth = 0;
	size_t n;

	if (nmemb < 2 || size == 0)
		return;
	for (n = nmemb; n > 1; n >>= 1)
		depth += 2;
	intro(&s, base, nmemb, depth);
}
