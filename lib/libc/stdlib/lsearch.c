/*
 * lsearch.c: lsearch(): lfind(), appending key at the end (and counting
 * it in *nelp) when it is absent; the caller's array must have room.
 */
#include <string.h>

#include <search.h>

void *
lsearch(const void *key, void *base, size_t *nelp, size_t width,
    int (*compar)(const void *, const void *))
{
	void *p;

	if (key == NULL || nelp == NULL || compar == NULL || base == NULL)
		return NULL;
	if ((p = lfind(key, base, nelp, width, compar)) != NULL)
		return p;
	p = (char *)base + *nelp * width;
	memcpy(p, key, width);
	(*nelp)++;
	return p;
}
