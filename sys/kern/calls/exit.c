/*
 * exit.c: SYS_EXIT, end a process: PM ends the processes it reaps, and a
 * boot program with the right may end itself (endpt SELF).  The slot is
 * freed and the endpoint's generation bumped; a caller that exits itself
 * gets no reply.
 */

#include "kernel.h"
#include "proc.h"
#include "system.h"

int
do_exit(struct proc *caller, message *m)
{
	struct proc *p = kcall_target(caller, m->m_lsys_krn_endpt.endpt);

	if (p == NULL)
		return -EINVAL;
	proc_exit(p, 0);
	return p == caller ? -EDONTREPLY : 0;
}
