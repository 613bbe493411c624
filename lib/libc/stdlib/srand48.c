/*
 * srand48: seed the internal generator: the high 32 bits of X become the
 * low 32 bits of seedval, the low 16 bits 0x330e; a and c are reset.
 */
#include <stdlib.h>

#include "rand48_impl.h"

void
srand48(long seedval)
{
	__rand48_seed[0] = 0x330e;
	__rand48_seed[1] = (unsigned short)seedval;
	__rand48_seed[2] = (unsigned short)((unsigned long)seedval >> 16);
	__rand48_reset();
}
