/*
 * vsafecopy.c: SYS_VSAFECOPY, several grant copies in one call.
 *
 * m_lsys_krn_sys_vsafecopy: vec_addr, vec_size (<= VSCP_VEC_MAX) of struct
 * vscp_vec in the caller's memory.  In each element one side is SELF (the
 * caller's v_addr) and the other a granter endpoint with v_gid/v_offset.
 * Every element is validated before anything is copied.
 */

#include "kernel.h"
#include "proc.h"
#include "vm.h"
#include "ipc.h"
#include "grant.h"
#include "system.h"

/* Check one element; *to says whether it copies into the grant. */
static int
vec_check(struct proc *caller, const struct vscp_vec *v, int *to)
{
	struct proc *granter, *owner;
	endpoint_t ep;
	uintptr_t a;
	int r;

	if (v->v_from == SELF && v->v_to != SELF) {
		*to = 1;
		ep = v->v_to;
	} else if (v->v_to == SELF && v->v_from != SELF) {
		*to = 0;
		ep = v->v_from;
	} else {
		return -EINVAL;
	}
	if ((r = ipc_ep_lookup(ep, &granter)) != 0)
		return r;
	return grant_verify(granter, caller->p_endpoint, v->v_gid, v->v_offset,
	    v->v_bytes, *to ? CPF_WRITE : CPF_READ, &owner, &a);
}

int
do_vsafecopy(struct proc *caller, message *m)
{
	struct vscp_vec vec[VSCP_VEC_MAX];
	uint32_t n = m->m_lsys_krn_sys_vsafecopy.vec_size, i;
	int r, to;

	if (n == 0 || n > VSCP_VEC_MAX)
		return -EINVAL;
	if (copyin(caller, vec, (uintptr_t)m->m_lsys_krn_sys_vsafecopy.vec_addr,
		n * sizeof(vec[0])) != 0)
		return -EFAULT;
	for (i = 0; i < n; i++)
		if ((r = vec_check(caller, &vec[i], &to)) != 0)
			return r;
	for (i = 0; i < n; i++) {
		to = vec[i].v_from == SELF;
		r = grant_copy(caller, to ? vec[i].v_to : vec[i].v_from,
		    vec[i].v_gid, vec[i].v_offset, (uintptr_t)vec[i].v_addr,
		    vec[i].v_bytes, to);
		if (r != 0)
			return r;
	}
	return 0;
}
