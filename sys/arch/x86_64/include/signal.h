/*
 * <machine/signal.h>: machine-dependent signal definitions: sig_atomic_t
 * and the register context saved when a handler runs.
 */

#ifndef _X86_64_SIGNAL_H_
#define _X86_64_SIGNAL_H_

#include <sys/featuretest.h>

typedef int sig_atomic_t;

#if defined(_NETBSD_SOURCE)
/*
 * The context a signal handler may inspect.  On Bulkhead PM builds it on
 * the user stack; sc_mask is restored by sigreturn(2).
 */
struct sigcontext {
	long sc_rdi, sc_rsi, sc_rdx, sc_rcx, sc_r8, sc_r9, sc_r10, sc_r11;
	long sc_r12, sc_r13, sc_r14, sc_r15, sc_rbp, sc_rbx, sc_rax;
	long sc_trapno, sc_err, sc_rip, sc_cs, sc_rflags, sc_rsp, sc_ss;
	long sc_onstack; /* sigstack state to restore */
	long sc_spare;
	struct {
		unsigned int __bits[4];
	} sc_mask; /* signal mask to restore (a sigset_t) */
};
#endif

#endif /* !_X86_64_SIGNAL_H_ */
