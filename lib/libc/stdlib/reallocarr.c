/*
 * reallocarr: NetBSD's overflow-safe array (re)allocation.  ptrp points
 * to the array pointer, which is updated only on success.  Returns 0,
 * EOVERFLOW if number * size overflows, or ENOMEM; errno is preserved.
 * A zero number or size frees the array and stores NULL.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "malloc_impl.h"

int
reallocarr(void *ptrp, size_t number, size_t size)
{
	void *old, *new;
	size_t total;
	int saved = errno;

	memcpy(&old, ptrp, sizeof(old));
	if (number == 0 || size == 0) {
		__malloc_free(old);
		new = NULL;
		memcpy(ptrp, &new, sizeof(new));
		return 0;
	}
	if (__builtin_mul_overflow(number, size, &total))
		return EOVERFLOW;
	new = __malloc_realloc(old, total);
	if (new == NULL) {
		errno = saved;
		return ENOMEM;
	}
	memcpy(ptrp, &new, sizeof(new));
	errno = saved;
	return 0;
}
