/*
 * ksig.c: signals raised by the kernel (SYS_KILL, faults) and their hand-off
 * to PM.
 *
 * A system process gets the signal directly: its bit goes into the sigset
 * of its next SYSTEM notification.  A user process is stopped
 * (RTS_SIG_PENDING) and PM, the process in PM's slot, is notified from
 * SYSTEM with NOTIFY_KSIG.  PM collects each stopped process with
 * SYS_GETKSIG, acts (SIGSEND, exit...) and lets it go with SYS_ENDKSIG;
 * signals raised meanwhile keep it stopped and PM is told again.
 *
 * Entry points: ksig_raise(), ksig_next(), ksig_end().
 */

#include "kernel.h"
#include "proc.h"
#include "ipc.h"
#include "priv.h"
#include "ksig.h"

static void
tell_pm(void)
{
	struct proc *pm = proc_by_slot(_ENDPOINT_P(PM_PROC_NR));

	if (pm == NULL || (pm->p_rts_flags & RTS_SLOT_FREE))
		return; /* PM will look when it starts */
	pm->p_ipc.pi_sys_flags |= NOTIFY_KSIG;
	ipc_notify_task(pm, SYSTEM);
}

void
ksig_raise(struct proc *p, int sig)
{
	uint64_t bit = 1ULL << sig;

	if (priv_is_sys(p)) {
		p->p_ipc.pi_sig_pending |= bit;
		ipc_notify_task(p, SYSTEM);
		return;
	}
	p->p_ipc.pi_ksig |= bit;
	if (!(p->p_rts_flags & RTS_SIG_PENDING)) {
		rts_set(p, RTS_SIG_PENDING);
		p->p_ipc.pi_flags &= ~PI_KSIG_TOLD;
	}
	if (!(p->p_ipc.pi_flags & PI_KSIG_TOLD))
		tell_pm();
}

/* The next process whose signals PM has not collected, or NULL. */
struct proc *
ksig_next(void)
{
	struct proc *p;
	int i;

	for (i = 0; i < NR_SLOTS; i++) {
		p = proc_by_slot(i);
		if (p == NULL || (p->p_rts_flags & RTS_SLOT_FREE))
			continue;
		if ((p->p_rts_flags & RTS_SIG_PENDING) && p->p_ipc.pi_ksig &&
		    !(p->p_ipc.pi_flags & PI_KSIG_TOLD)) {
			p->p_ipc.pi_flags |= PI_KSIG_TOLD;
			return p;
		}
	}
	return NULL;
}

/* PM is done with p's signals. */
int
ksig_end(struct proc *p)
{
	if (!(p->p_rts_flags & RTS_SIG_PENDING) ||
	    !(p->p_ipc.pi_flags & PI_KSIG_TOLD))
		return -EINVAL;
	p->p_ipc.pi_flags &= ~PI_KSIG_TOLD;
	if (p->p_ipc.pi_ksig != 0) {
		tell_pm(); /* more arrived meanwhile */
		return 0;
	}
	rts_clear(p, RTS_SIG_PENDING);
	return 0;
}
