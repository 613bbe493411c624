/*
 * t_vm.c: a minimal VM server for the kernel-call test boot.  It owns one
 * region per process, [0x30000000, 0x30100000): a page fault inside gets a
 * fresh zero page (VMCTL_MAP with VMCTL_ANON_PAGE) and the process is
 * resumed (VMCTL_CLEAR_PAGEFAULT); a fault anywhere else removes the
 * process (SYS_CLEAR, the kernel prints why).
 */

#include "ktest.h"
#include "ktipc.h"

#define REGION_LO 0x30000000UL
#define REGION_HI 0x30100000UL

static void
clear(endpoint_t ep)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_CLEAR;
	m.m_lsys_krn_endpt.endpt = ep;
	kt_kcall(&m);
}

static void
pagefault(const mess_krn_vm_pagefault *pf)
{
	uint64_t page = pf->addr & ~0xfffUL;
	long r;

	if (pf->addr < REGION_LO || pf->addr >= REGION_HI) {
		kt_printf("vm: %d faulted at %lx (rip %lx), outside its "
			  "memory\n",
		    pf->endpt, pf->addr, pf->ip);
		clear(pf->endpt);
		return;
	}
	r = kt_vmctl(
	    pf->endpt, VMCTL_MAP, page, VMCTL_ANON_PAGE, VMCTL_F_WRITE);
	if (r == 0)
		r = kt_vmctl(pf->endpt, VMCTL_CLEAR_PAGEFAULT, 0, 0, 0);
	if (r != 0) {
		kt_printf(
		    "vm: cannot map %lx for %d: %d\n", page, pf->endpt, (int)r);
		clear(pf->endpt);
	}
}

int
main(const char *name)
{
	message m;
	int r;

	(void)name;
	for (;;) {
		if ((r = kt_receive(ANY, &m)) != 0) {
			kt_printf("vm: receive failed: %d\n", r);
			continue;
		}
		if (m.m_source == KERNEL && m.m_type == VM_PAGEFAULT)
			pagefault(&m.m_krn_vm_pagefault);
	}
}
