/*
 * radixsort: sort an array of pointers to byte strings terminated by
 * endbyte, ordered by the weights in table (NULL: byte values).  Not
 * stable.  Returns 0, or -1 with EINVAL for a negative count.
 */
#include <errno.h>
#include <stdlib.h>

struct key {
	const unsigned char *table;
	unsigned int endbyte;
};

static unsigned int
weight(const struct key *k, unsigned char c)
{
	return k->table != NULL ? k->table[c] : c;
}

static int
compare(const void *a, const void *b, void *ctx)
{
	const unsigned char *p = *(const unsigned char *const *)a;
	const unsigned char *q = *(const unsigned char *const *)b;
	const struct key *k = ctx;
	unsigned int wp, wq;

	for (;; p++, q++) {
		wp = *p == k->endbyte ? 0 : weight(k, *p) + 1;
		wq = *q == k->endbyte ? 0 : weight(k, *q) + 1;
		if (wp != wq)
			return wp < wq ? -1 : 1;
		if (wp == 0)
			return 0;
	}
}

int
radixsort(const unsigned char **base, int nmemb, const unsigned char *table,
    unsigned int endbyte)
{
	struct key k = { table, endbyte };

	if (nmemb < 0) {
		errno = EINVAL;
		return -1;
	}
	qsort_r(base, (size_t)nmemb, sizeof(*base), compare, &k);
	return 0;
}
