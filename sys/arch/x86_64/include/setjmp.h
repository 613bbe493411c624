/*
 * <machine/setjmp.h>: size of a jmp_buf, in longs.
 *
 * Layout used by lib/libc/arch/x86_64/setjmp.S (offsets in longs):
 *	0 rbx, 1 rbp, 2 r12, 3 r13, 4 r14, 5 r15, 6 rsp, 7 return rip,
 *	8 x87 control word | mxcsr << 32, 9 "mask saved" flag,
 *	10..11 the saved signal mask (sigset_t, 16 bytes).
 */

#ifndef _X86_64_SETJMP_H_
#define _X86_64_SETJMP_H_

#define _JBLEN 12 /* longs in a jmp_buf; sigjmp_buf has one more */

#define _JB_RBX	    0
#define _JB_RBP	    1
#define _JB_R12	    2
#define _JB_R13	    3
#define _JB_R14	    4
#define _JB_R15	    5
#define _JB_RSP	    6
#define _JB_PC	    7
#define _JB_FPU	    8
#define _JB_SIGFLAG 9
#define _JB_SIGMASK 10

#endif /* !_X86_64_SETJMP_H_ */
