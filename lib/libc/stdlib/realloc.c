/*
 * realloc: resize a block, keeping its contents up to the smaller size.
 * realloc(NULL, n) is malloc(n); realloc(p, 0) shrinks p to a minimal
 * block and returns it.  On failure NULL (ENOMEM), p is left intact.
 */
#include <stdlib.h>

#include "malloc_impl.h"

void *
realloc(void *p, size_t n)
{
	return __malloc_realloc(p, n);
}
