/*
 * initstate: make buf (n >= 8 bytes, 4-byte aligned) random()'s state,
 * seeded with seed; the size picks the generator's degree.  Returns the
 * previous state buffer, or NULL with EINVAL.
 */
#include <stdlib.h>

#include "random_impl.h"

char *
initstate(unsigned int seed, char *buf, size_t n)
{
	return __random_initstate(seed, buf, n);
}
