/*
 * <sys/ucontext.h>: ucontext_t, a saved user context: signal mask,
 * stack, machine registers, and the context to resume after it.
 */

#ifndef _SYS_UCONTEXT_H_
#define _SYS_UCONTEXT_H_

#include <sys/sigtypes.h>
#include <machine/mcontext.h>

typedef struct __ucontext ucontext_t;

struct __ucontext {
	unsigned int uc_flags;	/* which parts below are valid */
	ucontext_t *uc_link;	/* context to resume when this one ends */
	sigset_t uc_sigmask;	/* signals blocked in this context */
	stack_t uc_stack;	/* the stack this context uses */
	mcontext_t uc_mcontext; /* machine state */
};

/* uc_flags bits. */
#define _UC_SIGMASK 0x01 /* uc_sigmask is valid */
#define _UC_STACK   0x02 /* uc_stack is valid */
#define _UC_CPU	    0x04 /* the general registers are valid */
#define _UC_FPU	    0x08 /* the floating-point state is valid */

#endif /* !_SYS_UCONTEXT_H_ */
