/*
 * clear.c: SYS_CLEAR, remove another process for good (PM after the
 * parent reaped it; VM for a process that faulted outside its memory).
 * Its IPC partners are woken with EDEADSRCDST and its slot is freed.
 */

#include "kernel.h"
#include "proc.h"
#include "system.h"

int
do_clear(struct proc *caller, message *m)
{
	struct proc *p = proc_by_endpoint(m->m_lsys_krn_endpt.endpt);
	char why[40];

	if (p == NULL)
		return -EINVAL;
	if (p == caller)
		return -EPERM;
	strlcpy(why, "cleared by ", sizeof(why));
	strlcpy(why + 11, caller->p_name, sizeof(why) - 11);
	proc_kill(p, why);
	return 0;
}
