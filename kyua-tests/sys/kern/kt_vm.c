/*
 * kt_vm.c: a stand-in VM for the page-fault path, booted under the name
 * "vm" so it gets VM's slot.  kt_pf writes to an unmapped address; the
 * kernel must stop it and send us VM_PAGEFAULT from KERNEL with the
 * faulting endpoint, address, access and instruction pointer.  We check
 * the message and the stopped state, then end kt_pf with SYS_EXIT (a real
 * VM would map a page and resume it with VMCTL).  On the controller's
 * KT_HELLO we answer KT_DONE.
 */

#include "ktest.h"
#include "ktipc.h"
#include "kt_proto.h"

#define PF_ADDR	 0x30000008UL /* kt_pf writes here */
#define PF_WRITE 0x2
#define PF_USER	 0x4

static void
check(const char *name, int ok, const char *why, long v)
{
	if (ok)
		kt_pass(name);
	else
		kt_fail(name, "%s %ld", why, v);
}

static void
run_tests(void)
{
	struct kinfo_proc kp;
	endpoint_t pf = kt_lookup("kt_pf");
	message m, x;
	int r;

	r = kt_receive(KERNEL, &m);
	check("pagefault_to_vm_message",
	    r == 0 && m.m_source == KERNEL && m.m_type == VM_PAGEFAULT,
	    "r/type", r ? r : m.m_type);
	check("pagefault_endpoint", m.m_krn_vm_pagefault.endpt == pf, "endpt",
	    m.m_krn_vm_pagefault.endpt);
	check("pagefault_address", m.m_krn_vm_pagefault.addr == PF_ADDR, "addr",
	    (long)m.m_krn_vm_pagefault.addr);
	check("pagefault_access",
	    (m.m_krn_vm_pagefault.err & (PF_WRITE | PF_USER)) ==
		(PF_WRITE | PF_USER),
	    "err", m.m_krn_vm_pagefault.err);
	check("pagefault_ip",
	    m.m_krn_vm_pagefault.ip >= 0x400000 &&
		m.m_krn_vm_pagefault.ip < 0x500000,
	    "ip", (long)m.m_krn_vm_pagefault.ip);
	r = kt_proc_state(pf, &kp);
	check("pagefault_process_stopped",
	    r == 0 && (kp.kp_state & KPS_STOPPED) &&
		!(kp.kp_state & KPS_RUNNABLE),
	    "state", r ? r : (long)kp.kp_state);
	memset(&x, 0, sizeof(x));
	x.m_type = SYS_EXIT;
	x.m_lsys_krn_endpt.endpt = pf;
	r = (int)kt_kcall(&x);
	check("pagefault_faulter_ended",
	    r == 0 && kt_proc_state(pf, &kp) == -102, "r", r);
}

int
main(const char *name)
{
	endpoint_t ctl;
	message m;

	(void)name;
	run_tests();
	do {
		if (kt_receive(ANY, &m) != 0)
			return 1;
	} while (m.m_type != KT_HELLO);
	ctl = m.m_source;
	memset(&m, 0, sizeof(m));
	m.m_type = KT_DONE;
	kt_send(ctl, &m);
	for (;;)
		kt_receive(ANY, &m);
}
