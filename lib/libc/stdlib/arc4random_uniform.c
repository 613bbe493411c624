/*
 * arc4random_uniform: a random number below bound, without modulo bias:
 * values under 2^32 mod bound are rejected and drawn again.  A bound
 * below 2 gives 0.
 */
#include <stdint.h>
#include <stdlib.h>

uint32_t
arc4random_uniform(uint32_t bound)
{
	uint32_t r, min;

	if (bound < 2)
		return 0;
	min = (0U - bound) % bound; /* 2^32 mod bound */
	do
		r = arc4random();
	while (r < min);
	return r % bound;
}
