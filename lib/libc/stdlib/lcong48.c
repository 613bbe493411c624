/*
 * lcong48: set the seed (param[0..2]), multiplier (param[3..5]) and
 * addend (param[6]) of the 48-bit generator.
 */
#include <stdlib.h>

#include "rand48_impl.h"

void
lcong48(unsigned short param[7])
{
	int i;

	for (i = 0; i < 3; i++) {
		__rand48_seed[i] = param[i];
		__rand48_mult[i] = param[3 + i];
	}
	__rand48_add = param[6];
}
