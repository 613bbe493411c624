/*
 * irqctl.c: SYS_IRQCTL, a driver hooks, unhooks, enables or disables an
 * interrupt line.  The hook bookkeeping and the line-to-NOTIFY path live in
 * irq.c; this file decodes the request.  SETPOLICY returns the hook handle
 * in hook_id; the others take that handle.
 */

#include "kernel.h"
#include "proc.h"
#include "irq.h"
#include "system.h"

int
do_irqctl(struct proc *caller, message *m)
{
	mess_lsys_krn_sys_irqctl *q = &m->m_lsys_krn_sys_irqctl;
	int r;

	switch (q->request) {
	case IRQ_SETPOLICY:
		r = irq_hook_set(caller, q->vector, q->policy, q->hook_id);
		if (r < 0)
			return r;
		q->hook_id = r;
		return 0;
	case IRQ_RMPOLICY:
		return irq_hook_rm(caller, q->hook_id);
	case IRQ_ENABLE:
		return irq_hook_enable(caller, q->hook_id);
	case IRQ_DISABLE:
		return irq_hook_disable(caller, q->hook_id);
	default:
		return -EINVAL;
	}
}
