/*
 * rand: the next pseudo-random number in [0, RAND_MAX] (0x7fffffff);
 * the sequence after srand(seed) is reproducible.
 */
#include <stdint.h>
#include <stdlib.h>

#include "random_impl.h"

int
rand(void)
{
	__rand_state =
	    __rand_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (int)(__rand_state >> 33);
}
