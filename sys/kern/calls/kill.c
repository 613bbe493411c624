/*
 * kill.c: SYS_KILL, raise a signal on a process (see ksig.c).
 *
 * m_lsys_krn_sys_kill: endpt, signr (1 .. 63).
 */

#include "kernel.h"
#include "proc.h"
#include "ipc.h"
#include "ksig.h"
#include "system.h"

int
do_kill(struct proc *caller, message *m)
{
	struct proc *p;
	endpoint_t ep = m->m_lsys_krn_sys_kill.endpt;
	int sig = m->m_lsys_krn_sys_kill.signr, r;

	if (sig < 1 || sig > KSIG_MAX)
		return -EINVAL;
	if (ep == SELF)
		ep = caller->p_endpoint;
	if ((r = ipc_ep_lookup(ep, &p)) != 0)
		return r;
	ksig_raise(p, sig);
	return 0;
}
