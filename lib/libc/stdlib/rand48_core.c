/*
 * rand48_core.c: state and step function of the drand48 family (see
 * rand48_impl.h).  The initial seed is 0x1234abcd330e, as if
 * srand48(0x1234abcd) had been called.
 */
#include "rand48_impl.h"

unsigned short __rand48_seed[3] = { 0x330e, 0xabcd, 0x1234 };
unsigned short __rand48_mult[3] = { 0xe66d, 0xdeec, 0x0005 };
unsigned short __rand48_add = 0x000b;

static uint64_t
pack(const unsigned short *w)
{
	return (uint64_t)w[0] | (uint64_t)w[1] << 16 | (uint64_t)w[2] << 32;
}

uint64_t
__rand48_step(unsigned short *xsubi)
{
	uint64_t x;

	x = (pack(__rand48_mult) * pack(xsubi) + __rand48_add) &
	    (((uint64_t)1 << 48) - 1);
	xsubi[0] = (unsigned short)x;
	xsubi[1] = (unsigned short)(x >> 16);
	xsubi[2] = (unsigned short)(x >> 32);
	return x;
}

void
__rand48_reset(void)
{
	__rand48_mult[0] = 0xe66d;
	__rand48_mult[1] = 0xdeec;
	__rand48_mult[2] = 0x0005;
	__rand48_add = 0x000b;
}
