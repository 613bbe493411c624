/*
 * lfind.c: lfind(): linear search of *nelp elements of width bytes for
 * key; the element, or NULL.
 */
#include <stddef.h>
#include <stdint.h>

#include <search.h>

void *
lfind(const void *key, const void *base, size_t *nelp, size_t width,
    int (*compar)(const void *, const void *))
{
	const char *p = base;

	if (key == NULL || nelp == NULL || compar == NULL ||
	    (base == NULL && *nelp > 0))
		return NULL;
	for (size_t i = 0; i < *nelp; i++, p += width)
		if (compar(key, p) == 0)
			return (void *)(uintptr_t)p;
	return NULL;
}
