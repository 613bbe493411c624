/*
 * arc4random_addrandom: mix n caller-supplied bytes into the key (they
 * add to, never replace, the seed).
 */
#include <stdlib.h>

#include "arc4random_impl.h"

void
arc4random_addrandom(unsigned char *data, int n)
{
	if (data == NULL || n <= 0)
		return;
	__arc4random_fill(NULL, 0); /* seed first if needed */
	__arc4random_mix(data, (size_t)n);
}
