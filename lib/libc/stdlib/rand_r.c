/*
 * rand_r: a reentrant generator whose whole state is the unsigned int at
 * seed: a 32-bit LCG step followed by an avalanche mix of the state.
 * Returns a value in [0, RAND_MAX].
 */
#include <stdlib.h>

int
rand_r(unsigned int *seed)
{
	unsigned int v;

	*seed = *seed * 1103515245U + 12345U;
	v = *seed;
	v ^= v >> 16;
	v *= 0x85ebca6bU;
	v ^= v >> 13;
	v *= 0xc2b2ae35U;
	v ^= v >> 16;
	return (int)(v & 0x7fffffff);
}
