/*
 * seed48: set all 48 bits of the internal seed and reset a and c;
 * returns a static array holding the previous seed.
 */
#include <stdlib.h>

#include "rand48_impl.h"

unsigned short *
seed48(unsigned short seed16v[3])
{
	static unsigned short previous[3];
	int i;

	for (i = 0; i < 3; i++) {
		previous[i] = __rand48_seed[i];
		__rand48_seed[i] = seed16v[i];
	}
	__rand48_reset();
	return previous;
}
