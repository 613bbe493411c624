/*
 * endksig.c: SYS_ENDKSIG, PM has handled the signals it collected for
 * m_lsys_krn_endpt.endpt; the process may run again unless more arrived.
 */

#include "kernel.h"
#include "proc.h"
#include "ipc.h"
#include "ksig.h"
#include "system.h"

int
do_endksig(struct proc *caller __unused, message *m)
{
	struct proc *p;
	int r;

	if ((r = ipc_ep_lookup(m->m_lsys_krn_endpt.endpt, &p)) != 0)
		return r;
	return ksig_end(p);
}
