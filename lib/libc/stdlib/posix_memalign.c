/*
 * posix_memalign: allocate with an alignment that is a power of two and
 * a multiple of sizeof(void *).  Returns 0, EINVAL for a bad alignment
 * or ENOMEM; errno is not changed and *memptr is set only on success.
 */
#include <errno.h>
#include <stdlib.h>

#include "malloc_impl.h"

int
posix_memalign(void **memptr, size_t alignment, size_t size)
{
	int saved = errno;
	void *p;

	if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0)
		return EINVAL;
	p = __malloc_aligned(alignment, size);
	if (p == NULL) {
		errno = saved;
		return ENOMEM;
	}
	*memptr = p;
	return 0;
}
