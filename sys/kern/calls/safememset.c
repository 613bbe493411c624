/*
 * safememset.c: SYS_SAFEMEMSET, fill part of a grant with one byte value.
 *
 * m_lsys_krn_sys_safememset: ep (granter), gid, offset, count, pattern.
 * Needs CPF_WRITE over [offset, offset + count).
 */

#include "kernel.h"
#include "proc.h"
#include "grant.h"
#include "system.h"

int
do_safememset(struct proc *caller, message *m)
{
	mess_lsys_krn_sys_safememset *sm = &m->m_lsys_krn_sys_safememset;

	return grant_memset(
	    caller, sm->ep, sm->gid, sm->offset, sm->pattern, sm->count);
}
