/*
 * erand48: the next value of the 48-bit generator kept in xsubi, as a
 * double uniformly distributed in [0.0, 1.0).
 */
#include <stdlib.h>

#include "rand48_impl.h"

double
erand48(unsigned short xsubi[3])
{
	return (double)__rand48_step(xsubi) / 281474976710656.0;
}
