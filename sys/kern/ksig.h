/*
 * ksig.h: kernel-generated signals (ksig.c), for calls/kill.c,
 * getksig.c and endksig.c.
 */

#ifndef _KERN_KSIG_H_
#define _KERN_KSIG_H_

#include <stdint.h>

struct proc;

#define KSIG_MAX 63 /* signals 1 .. 63, bit n of a sigset */

void ksig_raise(struct proc *, int);
struct proc *ksig_next(void);
int ksig_end(struct proc *);

#endif /* !_KERN_KSIG_H_ */
