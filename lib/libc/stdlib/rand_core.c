/*
 * rand_core.c: the state of rand(3) (private __rand_state): a 64-bit
 * linear congruential generator whose top 31 bits are the output; the
 * initial state is as if srand(1) had been called.
 */
#include "random_impl.h"

uint64_t __rand_state = 1;
