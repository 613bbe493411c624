/*
 * reallocarray: realloc(p, nmemb * size) with an overflow check; NULL
 * with errno ENOMEM if the product overflows.
 */
#include <errno.h>
#include <stdlib.h>

#include "malloc_impl.h"

void *
reallocarray(void *p, size_t nmemb, size_t size)
{
	size_t total;

	if (__builtin_mul_overflow(nmemb, size, &total)) {
		errno = ENOMEM;
		return NULL;
	}
	return __malloc_realloc(p, total);
}
