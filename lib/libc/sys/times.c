/*
 * times.c: times(3) through PM_TIMES: the process's and its waited-for
 * children's CPU times, and the uptime, all in CLK_TCK ticks.
 */

#include <sys/times.h>

#include "sys_private.h"

clock_t
times(struct tms *tp)
{
	message m;

	MSG_INIT(m);
	if (_syscall(PM_PROC_NR, PM_TIMES, &m) < 0)
		return (clock_t)-1;
	tp->tms_utime = (clock_t)m.m_pm_lc_times.utime;
	tp->tms_stime = (clock_t)m.m_pm_lc_times.stime;
	tp->tms_cutime = (clock_t)m.m_pm_lc_times.cutime;
	tp->tms_cstime = (clock_t)m.m_pm_lc_times.cstime;
	return (clock_t)m.m_pm_lc_times.uptime;
}
