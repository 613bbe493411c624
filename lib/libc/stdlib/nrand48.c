/*
 * nrand48: the high 31 bits of the next value of xsubi's generator, a
 * long in [0, 2^31).
 */
#include <stdlib.h>

#include "rand48_impl.h"

long
nrand48(unsigned short xsubi[3])
{
	return (long)(__rand48_step(xsubi) >> 17);
}
