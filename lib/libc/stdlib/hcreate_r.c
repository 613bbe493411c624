/*
 * hcreate_r.c: hcreate_r() (NetBSD): make a hash table for about nel
 * entries.  Chained buckets, a power of two of them, doubling when the
 * load passes 2, so the table never fills up.  Returns 1, or 0 with errno
 * (EINVAL for NULL, ENOMEM).
 */
#include <errno.h>
#include <stdlib.h>

#include "search_impl.h"

int
hcreate_r(size_t nel, struct hsearch_data *head)
{
	size_t n = 16;

	if (head == NULL) {
		errno = EINVAL;
		return 0;
	}
	while (n < nel && n < ((size_t)1 << 28))
		n <<= 1;
	if ((head->table = calloc(n, sizeof(*head->table))) == NULL) {
		errno = ENOMEM;
		return 0;
	}
	head->size = n;
	head->filled = 0;
	return 1;
}
