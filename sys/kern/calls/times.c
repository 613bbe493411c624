/*
 * times.c: SYS_TIMES, the accounting of one process (or SELF): ticks
 * spent in user mode and in the kernel (measured with the TSC, clock.c;
 * GET_PROC has them in ns), uptime and boot time.  A dead or stale
 * endpoint gets -EINVAL.
 */

#include "kernel.h"
#include "proc.h"
#include "system.h"

uint64_t boot_time; /* seconds since the epoch at boot (SYS_STIME) */

int
do_times(struct proc *caller, message *m)
{
	mess_krn_lsys_sys_times *t = &m->m_krn_lsys_sys_times;
	struct proc *p = kcall_target(caller, t->endpt);

	if (p == NULL)
		return -EINVAL;
	t->user_time = cycles_to_ticks(p->p_user_cycles);
	t->system_time = cycles_to_ticks(p->p_sys_cycles);
	t->boot_ticks = clock_ticks;
	t->real_ticks = clock_ticks;
	t->boot_time = boot_time;
	return 0;
}
