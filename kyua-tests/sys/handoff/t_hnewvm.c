/*
 * t_hnewvm.c: the VM that takes over.  Without PRF_VM_REGISTER its
 * VMCTL_REGISTER_VM is refused; once t_hctl has put the flag in its record
 * (and said so), it registers, gets the kept faults of t_hfault (page
 * fault) and t_hcopy (copy fault) again, maps zero pages and resumes
 * them, then serves t_hfault's next fault directly.
 */

#include "h_util.h"

static endpoint_t faulter, copier;

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

/* Map a zero page at va for ep and resume it; 0 or the error. */
static long
resolve(endpoint_t ep, uint64_t va)
{
	long r;

	r = kt_vmctl(
	    ep, VMCTL_MAP, va & ~0xfffUL, VMCTL_ANON_PAGE, VMCTL_F_WRITE);
	return r != 0 ? r : kt_vmctl(ep, VMCTL_CLEAR_PAGEFAULT, 0, 0, 0);
}

/*
 * Serve the three faults due, in whatever order the kept ones come:
 * t_hfault's first page and t_hcopy's copy (both re-sent), then
 * t_hfault's second page (a new fault).
 */
static void
serve(void)
{
	const mess_krn_vm_pagefault *pf;
	message m;
	int n = 0;

	while (n < 3 && kt_receive(ANY, &m) == 0) {
		if (m.m_source != KERNEL || m.m_type != VM_PAGEFAULT)
			continue;
		pf = &m.m_krn_vm_pagefault;
		n++;
		if (pf->endpt == faulter && pf->addr == FAULT_VA1 &&
		    pf->target == faulter) {
			kt_pass("vmreg_fault_resent");
			kt_expect(
			    "vmreg_resolved", resolve(faulter, pf->addr), 0);
		} else if (pf->endpt == copier && pf->target == copier &&
		    (pf->err & VMPF_KCOPY) && pf->addr >= COPY_VA &&
		    pf->addr < COPY_VA + 4096) {
			kt_pass("vmreg_copy_fault_resent");
			resolve(copier, pf->addr);
		} else if (pf->endpt == faulter && pf->addr == FAULT_VA2) {
			kt_pass("vmreg_new_fault");
			resolve(faulter, pf->addr);
		} else {
			kt_printf(
			    "t_hnewvm: unexpected fault: endpt %d addr %lx "
			    "err %x\n",
			    pf->endpt, pf->addr, pf->err);
		}
	}
}

int
main(const char *name)
{
	endpoint_t ctl = kt_lookup("t_hctl");
	uint64_t n = 99;
	message m;

	(void)name;
	faulter = kt_lookup("t_hfault");
	copier = kt_lookup("t_hcopy");
	kt_expect("vmreg_other_ep", register_vm(ctl, &n), -EINVAL_);
	kt_expect("vmreg_denied", register_vm(SELF, &n), -EPERM_);
	kt_receive(ctl, &m); /* the flag is in our record now */
	kt_expect("vmreg_ok", register_vm(SELF, &n), 0);
	kt_check("vmreg_resent_count", n == 2, "%lu faults re-sent, not 2", n);
	serve();
	return 0;
}
