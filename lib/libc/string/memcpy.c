/*
 * memcpy: copy n bytes between non-overlapping objects.
 *
 * When source and destination share the same alignment the bulk is moved
 * a word at a time; the head and tail (and misaligned pairs) go bytewise.
 */
#include <string.h>

#include "string_impl.h"

void *
memcpy(void *__restrict dst, const void *__restrict src, size_t n)
{
	__copy_forward(dst, src, n);
	return dst;
}
