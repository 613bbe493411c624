/*
 * srand: restart rand()'s sequence from seed.
 */
#include <stdint.h>
#include <stdlib.h>

#include "random_impl.h"

void
srand(unsigned int seed)
{
	__rand_state = seed;
}
