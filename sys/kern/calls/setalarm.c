/*
 * setalarm.c: SYS_SETALARM, one alarm per process: after exp_time ticks
 * (or at uptime exp_time with abs_time) the kernel notifies the caller from
 * CLOCK.  A new alarm replaces the old one, exp_time 0 cancels; time_left
 * reports what was left of the previous alarm.  Expiry: clock.c.
 */

#include "kernel.h"
#include "proc.h"
#include "system.h"

int
do_setalarm(struct proc *caller, message *m)
{
	mess_lsys_krn_sys_setalarm *a = &m->m_lsys_krn_sys_setalarm;
	uint64_t now = clock_ticks, when;

	if (a->abs_time != 0 && a->abs_time != 1)
		return -EINVAL;
	if (a->exp_time == 0)
		when = 0;
	else if (a->abs_time)
		when = a->exp_time > now ? a->exp_time : now + 1;
	else if (a->exp_time > UINT64_MAX - now)
		return -EINVAL;
	else
		when = now + a->exp_time;
	a->time_left = caller->p_alarm > now ? caller->p_alarm - now : 0;
	caller->p_alarm = when;
	clock_alarm_set(when);
	return 0;
}
