/*
 * t_hvm1.c: a VM that dies on duty.  Booted as "vm" (VM's slot), it takes
 * the first message, checks that it is t_hfault's page fault, waits (on an
 * alarm, so not for KERNEL) until t_hcopy's copy fault is queued for it,
 * and exits without resolving either: neither process may be lost.
 */

#include "h_util.h"

int
main(const char *name)
{
	endpoint_t f = kt_lookup("t_hfault"), c = kt_lookup("t_hcopy");
	endpoint_t me = kt_lookup("vm");
	struct kinfo_proc kp;
	message m;
	int r, i;

	(void)name;
	r = kt_receive(ANY, &m);
	kt_check("vmdeath_old_vm_got_fault",
	    r == 0 && m.m_source == KERNEL && m.m_type == VM_PAGEFAULT &&
		m.m_krn_vm_pagefault.endpt == f &&
		m.m_krn_vm_pagefault.addr == FAULT_VA1,
	    "receive %d: type %x from %d, endpt %d addr %lx", r, m.m_type,
	    m.m_source, m.m_krn_vm_pagefault.endpt, m.m_krn_vm_pagefault.addr);
	for (i = 0; i < 300; i++) {
		memset(&kp, 0, sizeof(kp));
		kt_proc_state(c, &kp);
		if ((kp.kp_state & KPS_SENDING) && kp.kp_sendto == me)
			break;
		kt_sleep_ticks(1);
	}
	kt_check("vmdeath_copy_queued", i < 300,
	    "t_hcopy (%d) state %x, sending to %d", c, kp.kp_state,
	    kp.kp_sendto);
	return 0;
}
