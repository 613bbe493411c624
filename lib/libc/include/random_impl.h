/*
 * random_impl.h: the state of random(3) shared by random, srandom,
 * initstate and setstate (lib/libc/stdlib/random_core.c).
 */
#ifndef _RANDOM_IMPL_H_
#define _RANDOM_IMPL_H_

#include <stddef.h>
#include <stdint.h>

/* rand(3)'s state (rand_core.c). */
extern uint64_t __rand_state;

long __random_next(void);
void __random_seed(unsigned int);
char *__random_initstate(unsigned int, char *, size_t);
char *__random_setstate(char *);

#endif /* !_RANDOM_IMPL_H_ */
