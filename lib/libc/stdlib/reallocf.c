/*
 * reallocf: realloc that frees the old block when resizing fails.
 */
#include <stdlib.h>

#include "malloc_impl.h"

void *
reallocf(void *p, size_t n)
{
	void *q;

	q = __malloc_realloc(p, n);
	if (q == NULL && p != NULL)
		__malloc_free(p);
	return q;
}
