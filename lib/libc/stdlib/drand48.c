/*
 * drand48: erand48 on the internal seed.
 */
#include <stdlib.h>

#include "rand48_impl.h"

double
drand48(void)
{
	return erand48(__rand48_seed);
}
