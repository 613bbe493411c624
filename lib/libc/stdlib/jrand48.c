/*
 * jrand48: the high 32 bits of the next value of xsubi's generator as a
 * signed long in [-2^31, 2^31).
 */
#include <stdint.h>
#include <stdlib.h>

#include "rand48_impl.h"

long
jrand48(unsigned short xsubi[3])
{
	return (long)(int32_t)(uint32_t)(__rand48_step(xsubi) >> 16);
}
