/*
 * safecopyto.c: SYS_SAFECOPYTO, copy from my memory into a grant.
 *
 * m_lsys_krn_sys_safecopy: src_endpt (granter), gid, offset into the grant,
 * address in the caller, bytes.  The grant must give the caller CPF_WRITE
 * over [offset, offset + bytes); see grant.c for the error codes.
 */

#include "kernel.h"
#include "proc.h"
#include "grant.h"
#include "system.h"

int
do_safecopyto(struct proc *caller, message *m)
{
	mess_lsys_krn_sys_safecopy *sc = &m->m_lsys_krn_sys_safecopy;

	return grant_copy(caller, sc->src_endpt, sc->gid, sc->offset,
	    (uintptr_t)sc->address, sc->bytes, 1);
}
