/*
 * calloc: allocate a zeroed array of nmemb elements of size bytes; NULL
 * with ENOMEM if nmemb * size overflows or memory is exhausted.
 */
#include <errno.h>
#include <stdlib.h>

#include "malloc_impl.h"

void *
calloc(size_t nmemb, size_t size)
{
	size_t total;

	if (__builtin_mul_overflow(nmemb, size, &total)) {
		errno = ENOMEM;
		return NULL;
	}
	return __malloc_zalloc(total);
}
