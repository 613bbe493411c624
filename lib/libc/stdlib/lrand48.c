/*
 * lrand48: nrand48 on the internal seed.
 */
#include <stdlib.h>

#include "rand48_impl.h"

long
lrand48(void)
{
	return nrand48(__rand48_seed);
}
