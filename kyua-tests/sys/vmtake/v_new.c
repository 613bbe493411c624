/*
 * v_new.c: the VM that takes over while the old one runs.  Given
 * PRF_VM_REGISTER by v_ctl, it registers (two stopped faults re-sent: the
 * one v_old received and the one still queued for it), receives both,
 * waits until v_old has been refused, then maps and resumes, and serves
 * v_fault's second fault directly.
 */

#include "v_util.h"

/* Map a zero page at va for ep and resume it; 0 or the error. */
static long
resolve(endpoint_t ep, uint64_t va)
{
	long r;

	r = kt_vmctl(
	    ep, VMCTL_MAP, va & ~0xfffUL, VMCTL_ANON_PAGE, VMCTL_F_WRITE);
	return r != 0 ? r : kt_vmctl(ep, VMCTL_CLEAR_PAGEFAULT, 0, 0, 0);
}

/* The next fault for f at va, from KERNEL; 1 if it came. */
static int
fault_is(endpoint_t f, uint64_t va, const char *test)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	r = kt_receive(ANY, &m);
	kt_check(test,
	    r == 0 && m.m_source == KERNEL && m.m_type == VM_PAGEFAULT &&
		m.m_krn_vm_pagefault.endpt == f &&
		m.m_krn_vm_pagefault.addr == va,
	    "receive %d: type %x from %d, endpt %d addr %lx", r, m.m_type,
	    m.m_source, m.m_krn_vm_pagefault.endpt, m.m_krn_vm_pagefault.addr);
	return r == 0 && m.m_type == VM_PAGEFAULT;
}

/*
 * The two re-sent faults, in either order: v_fault's at FAULT_VA1 (v_old
 * had received it) and v_fault2's at FAULT_VA3 (queued at v_old).
 */
static void
resent(endpoint_t f, endpoint_t f2)
{
	const mess_krn_vm_pagefault *pf = NULL;
	int i, got1 = 0, got2 = 0;
	message m;

	for (i = 0; i < 2; i++) {
		memset(&m, 0, sizeof(m));
		if (kt_receive(ANY, &m) != 0 || m.m_source != KERNEL ||
		    m.m_type != VM_PAGEFAULT)
			continue;
		pf = &m.m_krn_vm_pagefault;
		got1 |= pf->endpt == f && pf->addr == FAULT_VA1;
		got2 |= pf->endpt == f2 && pf->addr == FAULT_VA3;
	}
	kt_check("vmtake_new_resent", got1, "v_fault's first fault missing");
	kt_check("vmtake_new_resent_queued", got2,
	    "v_fault2's queued fault missing");
}

int
main(const char *name)
{
	endpoint_t ctl = kt_lookup("v_ctl"), f = kt_lookup("v_fault");
	endpoint_t f2 = kt_lookup("v_fault2");
	uint64_t n = 99;
	long r;

	(void)name;
	(void)v_recv_word(ctl); /* the flag is in our record */
	r = v_register(&n);
	kt_expect("vmtake_new_registered", r, 0);
	kt_check("vmtake_new_count", n == 2, "%lu faults re-sent, not 2", n);
	resent(f, f2);
	v_send_word(ctl, 1);	/* holding the re-sent faults */
	(void)v_recv_word(ctl); /* v_old was refused */
	kt_expect("vmtake_new_resolved", resolve(f, FAULT_VA1), 0);
	resolve(f2, FAULT_VA3);
	if (fault_is(f, FAULT_VA2, "vmtake_new_fault2"))
		resolve(f, FAULT_VA2);
	return 0;
}
