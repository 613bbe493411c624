/*
 * v_old.c: the old VM, booted as "vm", that stays alive.  It takes
 * v_fault's first fault and holds it; once v_new has registered, every
 * VMCTL it tries on v_fault (resume, map, unmap, page-table root) must be
 * EPERM, while mapping its own memory still works; it cannot register
 * again (no PRF_VM_REGISTER).  v_fault2's fault, queued for it while it
 * waited for v_ctl, must have been taken back.  Its next message must
 * be v_ctl's final word: v_fault's second fault went to v_new, not here.
 */

#include "v_util.h"

static void
refusals(endpoint_t f)
{
	volatile uint64_t *own = (volatile uint64_t *)OLD_VA;
	uint64_t n;
	long r;

	kt_expect("vmtake_old_clear_refused",
	    kt_vmctl(f, VMCTL_CLEAR_PAGEFAULT, 0, 0, 0), -EPERM_);
	kt_expect("vmtake_old_map_refused",
	    kt_vmctl(f, VMCTL_MAP, FAULT_VA1, VMCTL_ANON_PAGE, VMCTL_F_WRITE),
	    -EPERM_);
	kt_expect("vmtake_old_unmap_refused",
	    kt_vmctl(f, VMCTL_UNMAP, FAULT_VA1, 4096, 0), -EPERM_);
	kt_expect("vmtake_old_pdbr_refused",
	    kt_vmctl(f, VMCTL_GET_PDBR, 0, 0, 0), -EPERM_);
	r = kt_vmctl(SELF, VMCTL_MAP, OLD_VA, VMCTL_ANON_PAGE, VMCTL_F_WRITE);
	if (r == 0)
		own[3] = 0x0123456789UL;
	kt_check("vmtake_old_self_map", r == 0 && own[3] == 0x0123456789UL,
	    "map %ld", r);
	kt_expect("vmtake_old_reregister_refused", v_register(&n), -EPERM_);
}

int
main(const char *name)
{
	endpoint_t ctl = kt_lookup("v_ctl"), f = kt_lookup("v_fault");
	message m;
	int r;

	(void)name;
	memset(&m, 0, sizeof(m));
	r = kt_receive(ANY, &m);
	kt_check("vmtake_old_got_fault",
	    r == 0 && m.m_source == KERNEL && m.m_type == VM_PAGEFAULT &&
		m.m_krn_vm_pagefault.endpt == f &&
		m.m_krn_vm_pagefault.addr == FAULT_VA1,
	    "receive %d: type %x from %d, endpt %d addr %lx", r, m.m_type,
	    m.m_source, m.m_krn_vm_pagefault.endpt, m.m_krn_vm_pagefault.addr);
	v_send_word(ctl, 1);	/* holding the fault */
	(void)v_recv_word(ctl); /* v_new has registered */
	refusals(f);
	v_send_word(ctl, 2);
	memset(&m, 0, sizeof(m));
	r = kt_receive(ANY, &m);
	kt_check("vmtake_old_no_fault",
	    r == 0 && m.m_source == ctl && m.m_u64.m_u64[0] == 3,
	    "receive %d: type %x from %d (endpt %d addr %lx)", r, m.m_type,
	    m.m_source, m.m_krn_vm_pagefault.endpt, m.m_krn_vm_pagefault.addr);
	return 0;
}
