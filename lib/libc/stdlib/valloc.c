/*
 * valloc: obsolete page-aligned allocation (4096 bytes on x86_64).
 */
#include <stdlib.h>

#include "malloc_impl.h"

void *
valloc(size_t size)
{
	return __malloc_aligned(4096, size);
}
