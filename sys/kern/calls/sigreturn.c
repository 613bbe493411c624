/*
 * sigreturn.c: SYS_SIGRETURN, resume a process from a signal context.
 *
 * m_lsys_krn_sys_sigsend: endpt, sigctx (address of the struct sigcontext
 * in the target's memory, as SYS_SIGSEND left it).  The context is
 * untrusted: the magic must match, rip and rsp must be user addresses, and
 * only the arithmetic flags, DF and AC may change (IF stays on, IOPL 0).
 * A target waiting for PM's reply stops waiting: its registers now come
 * from the context.
 */

#include "kernel.h"
#include "proc.h"
#include "vm.h"
#include "ipc.h"
#include "system.h"
#include <minix/sigframe.h>

#define RFLAGS_USER  0x40dd5ULL /* CF PF AF ZF SF DF OF AC */
#define RFLAGS_FIXED 0x202ULL	/* reserved bit 1, IF */

static void
ctx_load(struct proc *p, const struct sigcontext *sc)
{
	struct cpu_ctx *c = &p->p_ctx;

	c->rax = sc->sc_rax;
	c->rbx = sc->sc_rbx;
	c->rcx = sc->sc_rcx;
	c->rdx = sc->sc_rdx;
	c->rsi = sc->sc_rsi;
	c->rdi = sc->sc_rdi;
	c->rbp = sc->sc_rbp;
	c->r8 = sc->sc_r8;
	c->r9 = sc->sc_r9;
	c->r10 = sc->sc_r10;
	c->r11 = sc->sc_r11;
	c->r12 = sc->sc_r12;
	c->r13 = sc->sc_r13;
	c->r14 = sc->sc_r14;
	c->r15 = sc->sc_r15;
	c->rip = sc->sc_rip;
	c->rsp = sc->sc_rsp;
	c->rflags = (sc->sc_rflags & RFLAGS_USER) | RFLAGS_FIXED;
}

int
do_sigreturn(struct proc *caller, message *m)
{
	struct sigcontext sc;
	struct proc *p;
	int r;

	if ((r = ipc_ep_lookup(m->m_lsys_krn_sys_sigsend.endpt, &p)) != 0)
		return r;
	if (p == caller)
		return -EINVAL;
	if (copyin(p, &sc, (uintptr_t)m->m_lsys_krn_sys_sigsend.sigctx,
		sizeof(sc)) != 0)
		return -EFAULT;
	if (sc.sc_magic != SC_MAGIC || sc.sc_rip >= USER_TOP ||
	    sc.sc_rsp >= USER_TOP)
		return -EINVAL;
	ipc_abort(p);
	ctx_load(p, &sc);
	return 0;
}
