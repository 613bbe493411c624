/*
 * <machine/mcontext.h>: the machine context of a ucontext_t: the
 * general registers (indexed by _REG_xxx) and the FXSAVE area.
 */

#ifndef _X86_64_MCONTEXT_H_
#define _X86_64_MCONTEXT_H_

#define _REG_RDI    0
#define _REG_RSI    1
#define _REG_RDX    2
#define _REG_RCX    3
#define _REG_R8	    4
#define _REG_R9	    5
#define _REG_R10    6
#define _REG_R11    7
#define _REG_R12    8
#define _REG_R13    9
#define _REG_R14    10
#define _REG_R15    11
#define _REG_RBP    12
#define _REG_RBX    13
#define _REG_RAX    14
#define _REG_GS	    15
#define _REG_FS	    16
#define _REG_ES	    17
#define _REG_DS	    18
#define _REG_TRAPNO 19
#define _REG_ERR    20
#define _REG_RIP    21
#define _REG_CS	    22
#define _REG_RFLAGS 23
#define _REG_RSP    24
#define _REG_SS	    25
#define _NGREG	    26

typedef unsigned long __greg_t;
typedef __greg_t __gregset_t[_NGREG];

/* The 512-byte FXSAVE image (x87, MMX and SSE state). */
typedef char __fpregset_t[512] __attribute__((__aligned__(16)));

typedef struct {
	__gregset_t __gregs;
	__greg_t _mc_tlsbase;
	__fpregset_t __fpregs;
} mcontext_t;

#define _UC_MACHINE_SP(uc)    ((uc)->uc_mcontext.__gregs[_REG_RSP])
#define _UC_MACHINE_PC(uc)    ((uc)->uc_mcontext.__gregs[_REG_RIP])
#define _UC_MACHINE_INTRV(uc) ((uc)->uc_mcontext.__gregs[_REG_RAX])

#endif /* !_X86_64_MCONTEXT_H_ */
