/*
 * <minix/sigframe.h>: signal frames built by SYS_SIGSEND and undone by
 * SYS_SIGRETURN.
 *
 * PM fills a struct sigmsg in its own memory and passes its address.  The
 * kernel stores the target's registers as a struct sigcontext on the
 * target's stack (below sm_stkptr, or 128 bytes below its rsp to spare the
 * red zone), pushes sm_sigreturn as the return address and starts
 * sm_handler(signo, 0, &sigcontext).  The trampoline asks PM to return;
 * PM passes the address of that sigcontext (in the target's memory) to
 * SYS_SIGRETURN, which checks it and restores the registers.  A call the
 * target was blocked in when the signal came returns -EINTR.
 */

#ifndef _MINIX_SIGFRAME_H_
#define _MINIX_SIGFRAME_H_

#include <stdint.h>

struct sigmsg {
	int sm_signo;
	uint32_t sm_reserved;
	uint64_t sm_mask;      /* mask to restore, kept in the context */
	uint64_t sm_handler;   /* in the target */
	uint64_t sm_sigreturn; /* return address of the handler */
	uint64_t sm_stkptr;    /* stack to use, or 0 for the current one */
};

#define SC_MAGIC 0x5349474354584d31ULL /* "SIGCTXM1" */

struct sigcontext {
	uint64_t sc_magic;
	uint64_t sc_rax, sc_rbx, sc_rcx, sc_rdx, sc_rsi, sc_rdi, sc_rbp;
	uint64_t sc_r8, sc_r9, sc_r10, sc_r11, sc_r12, sc_r13, sc_r14, sc_r15;
	uint64_t sc_rip, sc_rflags, sc_rsp;
	uint64_t sc_mask;
	int sc_signo;
	uint32_t sc_reserved;
};

#endif /* !_MINIX_SIGFRAME_H_ */
