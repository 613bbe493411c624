/*
 * getksig.c: SYS_GETKSIG, PM collects the next stopped process's signals.
 *
 * Reply in m_lsys_krn_endpt: endpt (NONE if there is none) and sigset.
 * The process stays stopped until SYS_ENDKSIG.
 */

#include "kernel.h"
#include "proc.h"
#include "ipc.h"
#include "ksig.h"
#include "system.h"

int
do_getksig(struct proc *caller __unused, message *m)
{
	struct proc *p = ksig_next();

	if (p == NULL) {
		m->m_lsys_krn_endpt.endpt = NONE;
		m->m_lsys_krn_endpt.sigset = 0;
		return 0;
	}
	m->m_lsys_krn_endpt.endpt = p->p_endpoint;
	m->m_lsys_krn_endpt.sigset = p->p_ipc.pi_ksig;
	p->p_ipc.pi_ksig = 0;
	return 0;
}
