/*
 * arc4random: a 32-bit random number from the ChaCha20 generator.
 */
#include <stdint.h>
#include <stdlib.h>

#include "arc4random_impl.h"

uint32_t
arc4random(void)
{
	uint32_t v;

	__arc4random_fill(&v, sizeof(v));
	return v;
}
