/*
 * t_sort: qsort, qsort_r, heapsort, mergesort (stability, EINVAL),
 * radixsort and bsearch on random, sorted, reversed and duplicate-heavy
 * arrays of several element sizes.
 */
#include <atf-c.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "h_tc.h"

typedef int (*sortfn)(
    void *, size_t, size_t, int (*)(const void *, const void *));

struct rec {
	int key;
	int seq; /* original position, to check stability */
	char pad[5];
};

static int
cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

static int
cmp_rec(const void *a, const void *b)
{
	return cmp_int(
	    &((const struct rec *)a)->key, &((const struct rec *)b)->key);
}

static int
call_qsort(void *b, size_t n, size_t s, int (*c)(const void *, const void *))
{
	qsort(b, n, s, c);
	return 0;
}

/* Fill an int array in one of several shapes. */
static void
make(int *a, size_t n, int shape, unsigned *seed)
{
	size_t i;

	for (i = 0; i < n; i++) {
		switch (shape) {
		case 0:
			a[i] = rand_r(seed) - RAND_MAX / 2;
			break;
		case 1:
			a[i] = (int)i;
			break;
		case 2:
			a[i] = (int)(n - i);
			break;
		case 3:
			a[i] = rand_r(seed) % 4;
			break;
		default:
			a[i] = (int)(i % 2 ? i : n - i);
			break;
		}
	}
}

/* Sorted, and a permutation of the input (checked by sum and xor). */
static void
verify(const int *a, size_t n, long sum, int x)
{
	long s = 0;
	int xx = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			ATF_REQUIRE_MSG(a[i - 1] <= a[i], "unsorted at %zu", i);
		s += a[i];
		xx ^= a[i];
	}
	ATF_REQUIRE_EQ(s, sum);
	ATF_REQUIRE_EQ(xx, x);
}

static void
run_ints(sortfn fn)
{
	static int a[3000];
	size_t sizes[] = { 0, 1, 2, 3, 7, 13, 64, 100, 1000, 3000 };
	unsigned seed = 99;
	size_t si, i;
	int shape, x;
	long sum;

	for (shape = 0; shape < 5; shape++)
		for (si = 0; si < sizeof(sizes) / sizeof(sizes[0]); si++) {
			make(a, sizes[si], shape, &seed);
			sum = 0;
			x = 0;
			for (i = 0; i < sizes[si]; i++) {
				sum += a[i];
				x ^= a[i];
			}
			ATF_REQUIRE_EQ(
			    fn(a, sizes[si], sizeof(int), cmp_int), 0);
			verify(a, sizes[si], sum, x);
		}
}

TC(qsort_ints, "qsort sorts int arrays of many shapes and sizes")
{
	run_ints(call_qsort);
}

TC(heapsort_ints, "heapsort sorts int arrays of many shapes and sizes")
{
	run_ints(heapsort);
}

TC(mergesort_ints, "mergesort sorts int arrays of many shapes and sizes")
{
	run_ints(mergesort);
}

static void
run_recs(sortfn fn, int stable)
{
	static struct rec r[2000];
	unsigned seed = 5;
	size_t i;

	for (i = 0; i < 2000; i++) {
		r[i].key = rand_r(&seed) % 37;
		r[i].seq = (int)i;
	}
	ATF_REQUIRE_EQ(fn(r, 2000, sizeof(r[0]), cmp_rec), 0);
	for (i = 1; i < 2000; i++) {
		ATF_REQUIRE(r[i - 1].key <= r[i].key);
		if (stable && r[i - 1].key == r[i].key)
			ATF_REQUIRE_MSG(r[i - 1].seq < r[i].seq,
			    "order of equal keys changed at %zu", i);
	}
}

TC(odd_size_elements,
    "12-byte (non word multiple) elements sort with "
    "all three algorithms")
{
	run_recs(call_qsort, 0);
	run_recs(heapsort, 0);
	run_recs(mergesort, 0);
}

TC(mergesort_stable, "mergesort keeps equal keys in their original order")
{
	run_recs(mergesort, 1);
}

TC(sort_errors,
    "heapsort refuses size 0; mergesort refuses sizes below "
    "sizeof(void *) / 2 (EINVAL)")
{
	char c[4] = { 3, 1, 2, 0 };

	errno = 0;
	ATF_CHECK_EQ(heapsort(c, 4, 0, cmp_int), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(mergesort(c, 4, 1, cmp_int), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(mergesort(c, 0, 8, cmp_int), 0);
}

static int
cmp_mod(const void *a, const void *b, void *ctx)
{
	int m = *(int *)ctx;
	int x = *(const int *)a % m, y = *(const int *)b % m;

	return (x > y) - (x < y);
}

TC(qsort_r_context, "qsort_r passes the context to the comparator")
{
	int a[] = { 15, 4, 23, 8, 42, 16, 1 };
	int m = 10, i;

	qsort_r(a, 7, sizeof(int), cmp_mod, &m);
	for (i = 1; i < 7; i++)
		ATF_CHECK(a[i - 1] % 10 <= a[i] % 10);
}

TC(bsearch_all, "bsearch finds every present key and no absent one")
{
	int a[101], k, i;
	int *r;

	for (i = 0; i < 101; i++)
		a[i] = i * 2;
	for (k = -1; k <= 203; k++) {
		r = bsearch(&k, a, 101, sizeof(int), cmp_int);
		if (k >= 0 && k <= 200 && k % 2 == 0)
			ATF_CHECK(r != NULL && *r == k);
		else
			ATF_CHECK(r == NULL);
	}
	k = 5;
	ATF_CHECK(bsearch(&k, a, 0, sizeof(int), cmp_int) == NULL);
}

TC(radixsort_strings,
    "radixsort orders byte strings, with and without a "
    "weight table")
{
	const unsigned char *s[] = { (const unsigned char *)"pear",
		(const unsigned char *)"apple", (const unsigned char *)"Zoo",
		(const unsigned char *)"app", (const unsigned char *)"" };
	unsigned char fold[256];
	int i;

	ATF_REQUIRE_EQ(radixsort(s, 5, NULL, '\0'), 0);
	ATF_CHECK_STREQ((const char *)s[0], "");
	ATF_CHECK_STREQ((const char *)s[1], "Zoo");
	ATF_CHECK_STREQ((const char *)s[2], "app");
	ATF_CHECK_STREQ((const char *)s[3], "apple");
	ATF_CHECK_STREQ((const char *)s[4], "pear");
	for (i = 0; i < 256; i++)
		fold[i] = (unsigned char)(i >= 'A' && i <= 'Z' ? i + 32 : i);
	ATF_REQUIRE_EQ(radixsort(s, 5, fold, '\0'), 0);
	ATF_CHECK_STREQ((const char *)s[4], "Zoo");
	errno = 0;
	ATF_CHECK_EQ(radixsort(s, -1, NULL, '\0'), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(qsort_adversarial,
    "qsort stays fast on all-equal, sawtooth and "
    "organ-pipe inputs of 200000 elements")
{
	static int a[200000];
	size_t n = 200000, i;
	int shape;

	for (shape = 0; shape < 3; shape++) {
		for (i = 0; i < n; i++) {
			if (shape == 0)
				a[i] = 7;
			else if (shape == 1)
				a[i] = (int)(i % 100);
			else
				a[i] = (int)(i < n / 2 ? i : n - i);
		}
		qsort(a, n, sizeof(int), cmp_int);
		for (i = 1; i < n; i++)
			ATF_REQUIRE(a[i - 1] <= a[i]);
	}
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, qsort_ints);
	ATF_TP_ADD_TC(tp, heapsort_ints);
	ATF_TP_ADD_TC(tp, mergesort_ints);
	ATF_TP_ADD_TC(tp, odd_size_elements);
	ATF_TP_ADD_TC(tp, mergesort_stable);
	ATF_TP_ADD_TC(tp, sort_errors);
	ATF_TP_ADD_TC(tp, qsort_r_context);
	ATF_TP_ADD_TC(tp, bsearch_all);
	ATF_TP_ADD_TC(tp, radixsort_strings);
	ATF_TP_ADD_TC(tp, qsort_adversarial);
	return atf_no_error();
}
