/*
 * sigsend.c: SYS_SIGSEND, start a signal handler in a process.
 *
 * m_lsys_krn_sys_sigsend: endpt, sigctx (address of a struct sigmsg in the
 * caller's memory; see <minix/sigframe.h>).  The frame is written to the
 * target's stack before any register changes, so a bad stack costs EFAULT
 * and leaves the target as it was.
 */

#include "kernel.h"
#include "proc.h"
#include "vm.h"
#include "ipc.h"
#include "system.h"
#include <minix/sigframe.h>

#define RED_ZONE  128
#define RFLAGS_DF 0x400
#define RFLAGS_TF 0x100

static void
ctx_save(const struct proc *p, struct sigcontext *sc, long rax)
{
	const struct cpu_ctx *c = &p->p_ctx;

	memset(sc, 0, sizeof(*sc));
	sc->sc_magic = SC_MAGIC;
	sc->sc_rax = (uint64_t)rax;
	sc->sc_rbx = c->rbx;
	sc->sc_rcx = c->rcx;
	sc->sc_rdx = c->rdx;
	sc->sc_rsi = c->rsi;
	sc->sc_rdi = c->rdi;
	sc->sc_rbp = c->rbp;
	sc->sc_r8 = c->r8;
	sc->sc_r9 = c->r9;
	sc->sc_r10 = c->r10;
	sc->sc_r11 = c->r11;
	sc->sc_r12 = c->r12;
	sc->sc_r13 = c->r13;
	sc->sc_r14 = c->r14;
	sc->sc_r15 = c->r15;
	sc->sc_rip = c->rip;
	sc->sc_rflags = c->rflags;
	sc->sc_rsp = c->rsp;
}

int
do_sigsend(struct proc *caller, message *m)
{
	struct sigcontext sc;
	struct sigmsg sm;
	struct proc *p;
	uint64_t sp;
	int r, blocked;

	if ((r = ipc_ep_lookup(m->m_lsys_krn_sys_sigsend.endpt, &p)) != 0)
		return r;
	if (p == caller)
		return -EINVAL;
	if (copyin(caller, &sm, (uintptr_t)m->m_lsys_krn_sys_sigsend.sigctx,
		sizeof(sm)) != 0)
		return -EFAULT;
	if (sm.sm_signo < 1 || sm.sm_signo > 63 || sm.sm_handler >= USER_TOP)
		return -EINVAL;
	blocked = (p->p_rts_flags & (RTS_SENDING | RTS_RECEIVING)) != 0;
	ctx_save(p, &sc, blocked ? -EINTR : (long)p->p_ctx.rax);
	sc.sc_mask = sm.sm_mask;
	sc.sc_signo = sm.sm_signo;
	sp = sm.sm_stkptr != 0 ? sm.sm_stkptr : p->p_ctx.rsp - RED_ZONE;
	if (sp < sizeof(sc) + 16 || sp > USER_TOP)
		return -EFAULT;
	sp = (sp - sizeof(sc)) & ~15ULL;
	if (copyout(p, (uintptr_t)sp, &sc, sizeof(sc)) != 0 ||
	    copyout(p, (uintptr_t)(sp - 8), &sm.sm_sigreturn, 8) != 0)
		return -EFAULT;
	if (blocked)
		ipc_abort(p);
	p->p_ctx.rdi = (uint64_t)sm.sm_signo;
	p->p_ctx.rsi = 0;
	p->p_ctx.rdx = sp;
	p->p_ctx.rsp = sp - 8;
	p->p_ctx.rip = sm.sm_handler;
	p->p_ctx.rflags &= ~(uint64_t)(RFLAGS_DF | RFLAGS_TF);
	return 0;
}
