/*
 * h_util.c: helpers shared by the hand-off test modules: SYS_SCHEDULE and
 * SYS_SCHEDCTL (result lines, PRIVCTL, sleeping, CPU time and waiting for
 * a module to exit are ktestlib's kt_check, kt_privctl, kt_sleep_ticks,
 * kt_cpu_ticks and kt_wait_gone).
 */

#include "h_util.h"

/* SYS_SCHEDULE or SYS_SCHEDCTL (type) for ep. */
long
h_schedule(int type, endpoint_t ep, int prio, int quantum_ms, uint32_t flags)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = type;
	m.m_lsys_krn_sys_schedule.endpt = ep;
	m.m_lsys_krn_sys_schedule.priority = prio;
	m.m_lsys_krn_sys_schedule.quantum = quantum_ms;
	m.m_lsys_krn_sys_schedule.flags = flags;
	return kt_kcall(&m);
}
