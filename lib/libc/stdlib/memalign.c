/*
 * memalign: obsolete aligned allocation; the alignment must be a power
 * of two (else NULL with EINVAL).
 */
#include <errno.h>
#include <stdlib.h>

#include "malloc_impl.h"

void *
memalign(size_t alignment, size_t size)
{
	if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
		errno = EINVAL;
		return NULL;
	}
	return __malloc_aligned(alignment, size);
}
