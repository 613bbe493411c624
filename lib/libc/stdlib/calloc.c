/*
 * calloc: allocate a zeroed array of nmemb elements of size bytes; NULL
 * with ENOMEM if nmemb * size overflows or memory is exhausted.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "malloc_impl.h"

void *
calloc(size_t nmemb, size_t size)
{
	size_t total;
	void *p;

	if (__builtin_mul_overflow(nmemb, size, &total)) {
		errno = ENOMEM;
		return NULL;
	}
	p = __malloc_alloc(total);
	if (p != NULL)
		memset(p, 0, total);
	return p;
}
