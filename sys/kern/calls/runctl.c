/*
 * runctl.c: SYS_RUNCTL, stop or resume a process (PM for signals and
 * tracing, RS for live update).  With RC_DELAY a process in the middle of
 * a SEND is not stopped: -EBUSY, try again after the send.
 */

#include "kernel.h"
#include "proc.h"
#include "system.h"

int
do_runctl(struct proc *caller, message *m)
{
	mess_lsys_krn_sys_runctl *r = &m->m_lsys_krn_sys_runctl;
	struct proc *p = proc_by_endpoint(r->endpt);

	if (p == NULL || (r->flags & ~RC_DELAY) != 0)
		return -EINVAL;
	if (p == caller)
		return -EPERM;
	switch (r->action) {
	case RC_STOP:
		if ((r->flags & RC_DELAY) && (p->p_rts_flags & RTS_SENDING))
			return -EBUSY;
		rts_set(p, RTS_STOPPED);
		return 0;
	case RC_RESUME:
		rts_clear(p, RTS_STOPPED);
		return 0;
	default:
		return -EINVAL;
	}
}
