/*
 * malloc: allocate n bytes aligned to 16; malloc(0) returns a unique
 * minimal block.  NULL with errno ENOMEM when memory is exhausted.
 */
#include <stdlib.h>

#include "malloc_impl.h"

void *
malloc(size_t n)
{
	return __malloc_alloc(n);
}
