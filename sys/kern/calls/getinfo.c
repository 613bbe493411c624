/*
 * getinfo.c: SYS_GETINFO, copy kernel information to the caller.
 *
 * m_lsys_krn_sys_getinfo: request GET_xxx, endpt (SELF allowed), val_ptr
 * and val_len (the caller's buffer).  A buffer smaller than the object is
 * E2BIG; GET_WHOAMI also returns the caller's endpoint in endpt;
 * GET_BOOTMODS returns the number of data modules (all are copied).
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"
#include "vm.h"
#include "ipc.h"
#include "priv.h"
#include "system.h"

static int
put(struct proc *caller, const mess_lsys_krn_sys_getinfo *gi, const void *obj,
    size_t size)
{
	if (gi->val_len < size)
		return -E2BIG;
	return copyout(caller, (uintptr_t)gi->val_ptr, obj, size);
}

static uint32_t
proc_state(const struct proc *p)
{
	uint32_t st = 0;

	if (p->p_rts_flags == 0)
		return KPS_RUNNABLE;
	if (p->p_rts_flags & RTS_SENDING)
		st |= KPS_SENDING;
	if (p->p_rts_flags & RTS_RECEIVING)
		st |= KPS_RECEIVING;
	if (p->p_rts_flags & RTS_SIG_PENDING)
		st |= KPS_SIG_PENDING;
	if (p->p_rts_flags & ~(RTS_SENDING | RTS_RECEIVING | RTS_SIG_PENDING))
		st |= KPS_STOPPED;
	return st;
}

static int
get_proc(struct proc *caller, const mess_lsys_krn_sys_getinfo *gi)
{
	struct kinfo_proc kp;
	struct proc *p;
	endpoint_t ep = gi->endpt == SELF ? caller->p_endpoint : gi->endpt;
	int r;

	if ((r = ipc_ep_lookup(ep, &p)) != 0)
		return r;
	memset(&kp, 0, sizeof(kp));
	kp.kp_endpoint = p->p_endpoint;
	kp.kp_rts_flags = p->p_rts_flags;
	kp.kp_state = proc_state(p);
	kp.kp_priority = p->p_priority;
	kp.kp_priv_id = p->p_priv != NULL ? p->p_priv->pv_id : -1;
	kp.kp_user_ticks = cycles_to_ticks(p->p_user_cycles);
	kp.kp_sys_ticks = cycles_to_ticks(p->p_sys_cycles);
	kp.kp_user_ns = cycles_to_ns(p->p_user_cycles);
	kp.kp_sys_ns = cycles_to_ns(p->p_sys_cycles);
	kp.kp_sendto =
	    (p->p_rts_flags & RTS_SENDING) ? p->p_ipc.pi_sendto : NONE;
	kp.kp_getfrom =
	    (p->p_rts_flags & RTS_RECEIVING) ? p->p_ipc.pi_getfrom : NONE;
	memcpy(kp.kp_name, p->p_name, sizeof(kp.kp_name));
	return put(caller, gi, &kp, sizeof(kp));
}

static int
get_cputime(struct proc *caller, const mess_lsys_krn_sys_getinfo *gi)
{
	struct cpu *c = cpu_self();
	struct kinfo_cputime kc;

	memset(&kc, 0, sizeof(kc));
	kc.kc_tsc_hz = tsc_hz;
	kc.kc_idle_ticks = cycles_to_ticks(c->c_idle_cycles);
	kc.kc_idle_ns = cycles_to_ns(c->c_idle_cycles);
	kc.kc_uptime_ns = cycles_to_ns(arch_cycles() - c->c_tsc_start);
	return put(caller, gi, &kc, sizeof(kc));
}

static int
get_bootmods(struct proc *caller, const mess_lsys_krn_sys_getinfo *gi)
{
	struct kinfo_bootmod km[NR_BOOT_DATA];
	int n, r;

	memset(km, 0, sizeof(km));
	n = boot_data_list(km, NR_BOOT_DATA);
	if (n == 0)
		return 0;
	r = put(caller, gi, km, n * sizeof(km[0]));
	return r != 0 ? r : n;
}

int
do_getinfo(struct proc *caller, message *m)
{
	mess_lsys_krn_sys_getinfo *gi = &m->m_lsys_krn_sys_getinfo;
	uint64_t up = clock_ticks;
	uint32_t hz = HZ;
	size_t n;

	switch (gi->request) {
	case GET_WHOAMI:
		gi->endpt = caller->p_endpoint;
		n = strlen(caller->p_name) + 1;
		if (gi->val_len == 0)
			return 0;
		return put(caller, gi, caller->p_name,
		    n < gi->val_len ? n : gi->val_len);
	case GET_PROC:
		return get_proc(caller, gi);
	case GET_PRIV:
		if (caller->p_priv == NULL)
			return -EINVAL;
		return put(caller, gi, &caller->p_priv->pv_rec,
		    sizeof(struct priv_rec));
	case GET_UPTIME:
		return put(caller, gi, &up, sizeof(up));
	case GET_HZ:
		return put(caller, gi, &hz, sizeof(hz));
	case GET_CPUTIME:
		return get_cputime(caller, gi);
	case GET_BOOTMODS:
		return get_bootmods(caller, gi);
	}
	return -EINVAL;
}
