/*
 * t_hvm1.c: a VM that dies on duty.  Booted as "vm" (VM's slot), it takes
 * the first message, checks that it is t_hfault's page fault, and exits
 * without resolving it: the faulting process must not be lost.
 */

#include "h_util.h"

int
main(const char *name)
{
	endpoint_t f = kt_lookup("t_hfault");
	message m;
	int r;

	(void)name;
	r = kt_receive(ANY, &m);
	h_check("vmdeath_old_vm_got_fault",
	    r == 0 && m.m_source == KERNEL && m.m_type == VM_PAGEFAULT &&
		m.m_krn_vm_pagefault.endpt == f &&
		m.m_krn_vm_pagefault.addr == FAULT_VA1,
	    "receive %d: type %x from %d, endpt %d addr %lx", r, m.m_type,
	    m.m_source, m.m_krn_vm_pagefault.endpt, m.m_krn_vm_pagefault.addr);
	return 0;
}
