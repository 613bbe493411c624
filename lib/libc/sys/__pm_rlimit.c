/*
 * __pm_rlimit.c: send a PM call with the m_lc_pm_rlimit fields and
 * return the reply message through *m.
 */

#include "sys_private.h"

int __pm_rlimit(int, int, int, uint64_t, uint64_t, uint64_t, int, message *);

int
__pm_rlimit(int call, int resource, int who, uint64_t cur, uint64_t max,
    uint64_t addr, int prio, message *m)
{
	MSG_INIT(*m);
	m->m_lc_pm_rlimit.resource = resource;
	m->m_lc_pm_rlimit.who = who;
	m->m_lc_pm_rlimit.cur = cur;
	m->m_lc_pm_rlimit.max = max;
	m->m_lc_pm_rlimit.addr = addr;
	m->m_lc_pm_rlimit.prio = prio;
	return _syscall(PM_PROC_NR, call, m);
}
