/*
 * rand48_impl.h: the shared 48-bit linear congruential generator of the
 * drand48 family: X(n+1) = (a * X(n) + c) mod 2^48, with a and c set by
 * lcong48 and reset by srand48/seed48 to a = 0x5deece66d, c = 0xb.
 * Values are kept as three 16-bit words, least significant first.
 */
#ifndef _RAND48_IMPL_H_
#define _RAND48_IMPL_H_

#include <stdint.h>

extern unsigned short __rand48_seed[3];
extern unsigned short __rand48_mult[3];
extern unsigned short __rand48_add;

/* Advance xsubi one step and return the new 48-bit value. */
uint64_t __rand48_step(unsigned short *);

/* Restore the default multiplier and addend. */
void __rand48_reset(void);

#endif /* !_RAND48_IMPL_H_ */
