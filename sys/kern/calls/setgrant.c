/*
 * setgrant.c: SYS_SETGRANT, tell the kernel where my grant table is.
 *
 * m_lsys_krn_sys_setgrant: addr (0 = no table), size (entries).  The table
 * stays in the caller's memory and is read on every use (grant.c).
 */

#include "kernel.h"
#include "proc.h"
#include "ipc.h"
#include "system.h"

int
do_setgrant(struct proc *caller, message *m)
{
	uint64_t addr = m->m_lsys_krn_sys_setgrant.addr;
	uint32_t size = m->m_lsys_krn_sys_setgrant.size;

	if (addr == 0) {
		caller->p_ipc.pi_grant_tab = 0;
		caller->p_ipc.pi_grant_count = 0;
		return 0;
	}
	if (size > GRANT_TABLE_MAX)
		return -EINVAL;
	if (addr >= USER_TOP || size * sizeof(cp_grant_t) > USER_TOP - addr)
		return -EFAULT;
	caller->p_ipc.pi_grant_tab = (uintptr_t)addr;
	caller->p_ipc.pi_grant_count = size;
	return 0;
}
