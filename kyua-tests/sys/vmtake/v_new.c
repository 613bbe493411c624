/*
 * v_new.c: the VM that takes over while the old one runs.  Given
 * PRF_VM_REGISTER by v_ctl, it registers (one stopped fault re-sent: the
 * one v_old holds), receives v_fault's first fault again, waits until
 * v_old has been refused, then maps and resumes, and serves v_fault's
 * second fault directly.
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
	v_check(test,
	    r == 0 && m.m_source == KERNEL && m.m_type == VM_PAGEFAULT &&
		m.m_krn_vm_pagefault.endpt == f &&
		m.m_krn_vm_pagefault.addr == va,
	    "receive %d: type %x from %d, endpt %d addr %lx", r, m.m_type,
	    m.m_source, m.m_krn_vm_pagefault.endpt, m.m_krn_vm_pagefault.addr);
	return r == 0 && m.m_type == VM_PAGEFAULT;
}

int
main(const char *name)
{
	endpoint_t ctl = kt_lookup("v_ctl"), f = kt_lookup("v_fault");
	uint64_t n = 99;
	long r;

	(void)name;
	(void)v_recv_word(ctl); /* the flag is in our record */
	r = v_register(&n);
	kt_expect("vmtake_new_registered", r, 0);
	v_check("vmtake_new_count", n == 1, "%lu faults re-sent, not 1", n);
	fault_is(f, FAULT_VA1, "vmtake_new_resent");
	v_send_word(ctl, 1);	/* holding the re-sent fault */
	(void)v_recv_word(ctl); /* v_old was refused */
	kt_expect("vmtake_new_resolved", resolve(f, FAULT_VA1), 0);
	if (fault_is(f, FAULT_VA2, "vmtake_new_fault2"))
		resolve(f, FAULT_VA2);
	return 0;
}
