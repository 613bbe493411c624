/*
 * schedule.c: SYS_SCHEDULE and SYS_SCHEDCTL, set a process's run queue
 * and quantum.  SCHEDULE comes from the process's scheduler (or any
 * privileged caller while the kernel schedules it); SCHEDCTL hands the
 * process to a user-space scheduler (the caller) or back to the kernel
 * (SCHEDCTL_FLAG_KERNEL, <minix/kcalls.h>).  Quanta are given in ms.
 */

#include "kernel.h"
#include "proc.h"
#include "system.h"
#include <minix/kcalls.h>

#define MAX_QUANTUM_MS 10000

static int
sched_apply(struct proc *p, const mess_lsys_krn_sys_schedule *s)
{
	int ticks;

	if (s->priority < 0 || s->priority >= NR_SCHED_QUEUES ||
	    s->quantum <= 0 || s->quantum > MAX_QUANTUM_MS ||
	    (s->cpu != 0 && s->cpu != -1))
		return -EINVAL;
	ticks = (s->quantum * HZ + 999) / 1000;
	p->p_quantum_size = p->p_quantum_left = ticks;
	sched_set_priority(p, s->priority);
	rts_clear(p, RTS_NO_QUANTUM);
	return 0;
}

int
do_schedule(struct proc *caller, message *m)
{
	mess_lsys_krn_sys_schedule *s = &m->m_lsys_krn_sys_schedule;
	struct proc *p = kcall_target(caller, s->endpt);

	if (p == NULL)
		return -EINVAL;
	if (p->p_scheduler != NONE && p->p_scheduler != caller->p_endpoint)
		return -EPERM;
	return sched_apply(p, s);
}

int
do_schedctl(struct proc *caller, message *m)
{
	mess_lsys_krn_sys_schedule *s = &m->m_lsys_krn_sys_schedule;
	struct proc *p = kcall_target(caller, s->endpt);
	int r;

	if (p == NULL || (s->flags & ~(uint32_t)SCHEDCTL_FLAG_KERNEL) != 0)
		return -EINVAL;
	if (!(s->flags & SCHEDCTL_FLAG_KERNEL)) {
		p->p_scheduler = caller->p_endpoint;
		return 0;
	}
	if ((r = sched_apply(p, s)) == 0)
		p->p_scheduler = NONE;
	return r;
}
