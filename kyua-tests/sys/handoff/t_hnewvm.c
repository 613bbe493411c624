/*
 * t_hnewvm.c: the VM that takes over.  Without PRF_VM_REGISTER its
 * VMCTL_REGISTER_VM is refused; once t_hctl has put the flag in its record
 * (and said so), it registers, gets t_hfault's kept fault again, maps a
 * zero page for it and resumes it, then serves its next fault directly.
 */

#include "h_util.h"

static endpoint_t faulter;

static long
register_vm(endpoint_t ep, uint64_t *count)
{
	message m;
	long r;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_VMCTL;
	m.m_lsys_krn_sys_vmctl.endpt = ep;
	m.m_lsys_krn_sys_vmctl.param = VMCTL_REGISTER_VM;
	r = kt_kcall(&m);
	*count = m.m_lsys_krn_sys_vmctl.value;
	return r;
}

/* Wait for t_hfault's fault at va, map it and resume the process. */
static void
serve(const char *test, uint64_t va, const char *resolved)
{
	message m;
	long r;

	do
		r = kt_receive(ANY, &m);
	while (r == 0 && m.m_type != VM_PAGEFAULT);
	h_check(test,
	    r == 0 && m.m_source == KERNEL &&
		m.m_krn_vm_pagefault.endpt == faulter &&
		m.m_krn_vm_pagefault.target == faulter &&
		m.m_krn_vm_pagefault.addr == va,
	    "receive %ld: from %d, endpt %d, addr %lx", r, m.m_source,
	    m.m_krn_vm_pagefault.endpt, m.m_krn_vm_pagefault.addr);
	r = kt_vmctl(faulter, VMCTL_MAP, va, VMCTL_ANON_PAGE, VMCTL_F_WRITE);
	if (r == 0)
		r = kt_vmctl(faulter, VMCTL_CLEAR_PAGEFAULT, 0, 0, 0);
	if (resolved != NULL)
		kt_expect(resolved, r, 0);
}

int
main(const char *name)
{
	endpoint_t ctl = kt_lookup("t_hctl");
	uint64_t n = 99;
	message m;

	(void)name;
	faulter = kt_lookup("t_hfault");
	kt_expect("vmreg_other_ep", register_vm(ctl, &n), -EINVAL_);
	kt_expect("vmreg_denied", register_vm(SELF, &n), -EPERM_);
	kt_receive(ctl, &m); /* the flag is in our record now */
	kt_expect("vmreg_ok", register_vm(SELF, &n), 0);
	h_check("vmreg_resent_count", n == 1, "%lu faults re-sent, not 1", n);
	serve("vmreg_fault_resent", FAULT_VA1, "vmreg_resolved");
	serve("vmreg_new_fault", FAULT_VA2, NULL);
	return 0;
}
