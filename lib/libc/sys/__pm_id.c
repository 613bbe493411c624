/*
 * __pm_id.c: send a PM call with the m_lc_pm_id fields.
 */

#include "sys_private.h"

int
__pm_id(int call, int pid, int arg, uint32_t id, uint32_t id2, uint64_t addr)
{
	message m;

	MSG_INIT(m);
	m.m_lc_pm_id.pid = pid;
	m.m_lc_pm_id.arg = arg;
	m.m_lc_pm_id.id = id;
	m.m_lc_pm_id.id2 = id2;
	m.m_lc_pm_id.addr = addr;
	return _syscall(PM_PROC_NR, call, &m);
}
