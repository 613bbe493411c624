/*
 * vmctl.c: SYS_VMCTL, VM edits the page tables of a process and resumes
 * it after a page fault.  See <minix/kcalls.h> for VMCTL_ANON_PAGE.
 *
 *	VMCTL_MAP		map one page: value = vaddr, value2 = phys or
 *				VMCTL_ANON_PAGE, value3 = VMCTL_F_xxx
 *	VMCTL_UNMAP		unmap value2 bytes from value (page multiples)
 *	VMCTL_CLEAR_PAGEFAULT	resume a process stopped by a page fault
 *	VMCTL_GET_PDBR		the page-table root, in value
 *	VMCTL_REGISTER_VM	the caller (endpt SELF) becomes VM; needs
 *				PRF_VM_REGISTER (else EPERM); value = the
 *				number of stopped faults re-sent to it
 *
 * Only VM acts on other processes: MAP, UNMAP, CLEAR_PAGEFAULT and
 * GET_PDBR for an endpoint other than the caller's are EPERM unless the
 * caller is VM now, so an old VM replaced by VMCTL_REGISTER_VM can no
 * longer touch the faults (or page tables) the new VM owns.  On itself
 * any caller allowed SYS_VMCTL may map (within its memory ranges).
 */

#include "kernel.h"
#include "proc.h"
#include "vm.h"
#include "system.h"
#include "ipc.h"
#include "priv.h"
#include <minix/kcalls.h>

#define VMCTL_MAX_UNMAP (1UL << 30) /* bytes per call */

static int
vm_map(struct proc *caller, struct proc *p, mess_lsys_krn_sys_vmctl *v)
{
	unsigned flags = 0;
	paddr_t pa = v->value2;
	int r;

	if ((v->value & PAGE_MASK) != 0 || v->value >= USER_TOP ||
	    (v->value3 & ~(uint64_t)(VMCTL_F_WRITE | VMCTL_F_EXEC)) != 0)
		return -EINVAL;
	flags |= (v->value3 & VMCTL_F_WRITE) ? PT_WRITE : 0;
	flags |= (v->value3 & VMCTL_F_EXEC) ? PT_EXEC : 0;
	if (pa != VMCTL_ANON_PAGE) {
		if ((pa & PAGE_MASK) != 0)
			return -EINVAL;
		if (!priv_mem_ok(caller, pa, PAGE_SIZE))
			return -EPERM;
		return pt_map(p, v->value, pa, flags);
	}
	if ((pa = pmem_alloc_page()) == PMEM_NONE)
		return -ENOMEM;
	if ((r = pt_map(p, v->value, pa, flags | PT_KOWNED)) != 0)
		pmem_free_page(pa);
	return r;
}

static int
vm_unmap(struct proc *p, mess_lsys_krn_sys_vmctl *v)
{
	uint64_t va;
	int r, n = 0;

	if ((v->value & PAGE_MASK) != 0 || (v->value2 & PAGE_MASK) != 0 ||
	    v->value2 == 0 || v->value2 > VMCTL_MAX_UNMAP ||
	    v->value >= USER_TOP || USER_TOP - v->value < v->value2)
		return -EINVAL;
	for (va = v->value; va < v->value + v->value2; va += PAGE_SIZE)
		if ((r = pt_unmap(p, va)) == 0)
			n++;
	return n > 0 ? 0 : -EFAULT;
}

int
do_vmctl(struct proc *caller, message *m)
{
	mess_lsys_krn_sys_vmctl *v = &m->m_lsys_krn_sys_vmctl;
	struct proc *p = kcall_target(caller, v->endpt);

	if (p == NULL)
		return -EINVAL;
	if (p != caller && v->param != VMCTL_REGISTER_VM &&
	    !vm_is_current(caller))
		return -EPERM;
	switch (v->param) {
	case VMCTL_MAP:
		return vm_map(caller, p, v);
	case VMCTL_UNMAP:
		return vm_unmap(p, v);
	case VMCTL_CLEAR_PAGEFAULT:
		if (!(p->p_rts_flags & RTS_FAULTED))
			return -EINVAL;
		rts_clear(p, RTS_FAULTED);
		return 0;
	case VMCTL_GET_PDBR:
		v->value = p->p_pml4;
		return 0;
	case VMCTL_REGISTER_VM:
		if (p != caller)
			return -EINVAL;
		if (caller->p_priv == NULL ||
		    !(caller->p_priv->pv_rec.pr_flags & PRF_VM_REGISTER))
			return -EPERM;
		v->value = (uint64_t)vm_register(caller);
		return 0;
	default:
		return -EINVAL;
	}
}
