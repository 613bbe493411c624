/*
 * kt_vm.c: a stand-in VM for the page-fault path, booted under the name
 * "vm" so it gets VM's slot.  kt_pf writes to an unmapped address; the
 * kernel must stop it and send us VM_PAGEFAULT from KERNEL with the
 * faulting endpoint, address, access and instruction pointer.  We check
 * the message and the stopped state, then end kt_pf with SYS_EXIT (a real
 * VM would map a page and resume it with VMCTL).  Afterwards we serve the
 * VMPF_KCOPY requests of grant copies: a page of KCOPY_LO..KCOPY_HI gets a
 * zero page in the target, anything else is refused (the copy fails);
 * either way the copier is resumed.  On KT_HELLO we answer KT_DONE.
 */

#include "ktest.h"
#include "ktipc.h"
#include "kt_proto.h"
#include <minix/kcalls.h>

#define PF_ADDR	 0x30000008UL /* kt_pf writes here */
#define PF_WRITE 0x2
#define PF_USER	 0x4
#define KCOPY_LO 0x31000000UL /* kt_grant's lazily mapped grant */
#define KCOPY_HI 0x31100000UL

static int kcopy_seen;

static void
check(const char *name, int ok, const char *why, long v)
{
	if (ok)
		kt_pass(name);
	else
		kt_fail(name, "%s %ld", why, v);
}

/* A grant copy met a missing page. */
static void
serve_kcopy(const mess_krn_vm_pagefault *pf)
{
	int in = pf->addr >= KCOPY_LO && pf->addr < KCOPY_HI;

	if (in && kcopy_seen++ == 0)
		check("copy_fault_message",
		    pf->endpt == kt_lookup("kt_peer_a") &&
			pf->target == kt_lookup("kt_ipc") &&
			pf->addr == KCOPY_LO && pf->ip == 0 &&
			(pf->err & (VMPF_WRITE | VMPF_USER)) ==
			    (VMPF_WRITE | VMPF_USER),
		    "err", pf->err);
	if (in)
		kt_vmctl(pf->target, VMCTL_MAP, pf->addr & ~0xfffUL,
		    VMCTL_ANON_PAGE, VMCTL_F_WRITE);
	kt_vmctl(pf->endpt, VMCTL_CLEAR_PAGEFAULT, 0, 0, 0);
}

static void
run_tests(void)
{
	struct kinfo_proc kp;
	endpoint_t pf = kt_lookup("kt_pf");
	message m, x;
	int r;

	while ((r = kt_receive(KERNEL, &m)) == 0 &&
	    (m.m_krn_vm_pagefault.err & VMPF_KCOPY))
		serve_kcopy(&m.m_krn_vm_pagefault);
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
	for (;;) {
		if (kt_receive(ANY, &m) != 0)
			continue;
		if (m.m_source == KERNEL && m.m_type == VM_PAGEFAULT &&
		    (m.m_krn_vm_pagefault.err & VMPF_KCOPY)) {
			serve_kcopy(&m.m_krn_vm_pagefault);
		} else if (m.m_type == KT_HELLO) {
			ctl = m.m_source;
			memset(&m, 0, sizeof(m));
			m.m_type = KT_DONE;
			kt_send(ctl, &m);
		}
	}
}
