/*
 * srandom: reseed random()'s current state buffer.
 */
#include <stdlib.h>

#include "random_impl.h"

void
srandom(unsigned int seed)
{
	__random_seed(seed);
}
