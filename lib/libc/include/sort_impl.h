/*
 * sort_impl.h: helpers shared by qsort_r, heapsort and mergesort.
 */
#ifndef _SORT_IMPL_H_
#define _SORT_IMPL_H_

#include <stddef.h>
#include <stdint.h>

/* Exchange two elements of size bytes, a word at a time when possible. */
static __inline void
__sort_swap(char *a, char *b, size_t size)
{
	char tc;
	long tl;

	if (((uintptr_t)a | (uintptr_t)b | size) % sizeof(long) == 0) {
		for (; size > 0; size -= sizeof(long)) {
			tl = *(long *)(void *)a;
			*(long *)(void *)a = *(long *)(void *)b;
			*(long *)(void *)b = tl;
			a += sizeof(long);
			b += sizeof(long);
		}
		return;
	}
	for (; size > 0; size--) {
		tc = *a;
		*a++ = *b;
		*b++ = tc;
	}
}

#endif /* !_SORT_IMPL_H_ */
