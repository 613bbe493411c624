/*
 * vmfault.c: page faults handed to VM, and which process VM is.
 *
 * VM is the process whose endpoint is vm_ep: at boot VM_PROC_NR (the "vm"
 * boot module), later whoever registered last with VMCTL_REGISTER_VM (a
 * record with PRF_VM_REGISTER).  A fault stops the process (RTS_FAULTED)
 * and sends VM a VM_PAGEFAULT from KERNEL; the message is also kept in
 * p_vmfault.  If VM dies before resuming the process, the process simply
 * stays stopped; when a new VM registers, every stopped fault is sent to
 * it again (taken back first from an old VM's queue), so nobody is left
 * waiting for a VM that is gone.  Without any VM a fault is refused
 * (-ESRCH): the trap code then kills the process.  vm_is_current() tells
 * SYS_VMCTL whether the caller may act on other processes.
 */

#include "kernel.h"
#include "proc.h"
#include "ipc.h"
#include "arch.h"

static endpoint_t vm_ep = VM_PROC_NR;

static struct proc *
vm_current(void)
{
	struct proc *vm;

	return ipc_ep_lookup(vm_ep, &vm) == 0 ? vm : NULL;
}

/* 1 if p is VM now (an old VM, alive or not, no longer is). */
int
vm_is_current(const struct proc *p)
{
	return p->p_endpoint == vm_ep;
}

/*
 * Stop p and ask VM for the page at addr of target (see <minix/ipc.h>,
 * mess_krn_vm_pagefault).  -ESRCH without a VM to ask.
 */
int
ipc_vm_fault(struct proc *p, struct proc *target, uint64_t addr, uint32_t err,
    uint64_t ip)
{
	struct proc *vm = vm_current();
	message *m = &p->p_vmfault;

	if (vm == NULL || vm == p)
		return -ESRCH;
	if (p->p_rts_flags & (RTS_SENDING | RTS_RECEIVING))
		return -EBUSY;
	memset(m, 0, sizeof(*m));
	m->m_type = VM_PAGEFAULT;
	m->m_krn_vm_pagefault.endpt = p->p_endpoint;
	m->m_krn_vm_pagefault.err = err;
	m->m_krn_vm_pagefault.addr = addr;
	m->m_krn_vm_pagefault.ip = ip;
	m->m_krn_vm_pagefault.target = target->p_endpoint;
	rts_set(p, RTS_FAULTED);
	return ipc_kmsg_enqueue(p, vm, m);
}

/*
 * A user page fault (from the trap code): stop p and send VM a
 * VM_PAGEFAULT message from KERNEL.  VM resumes p with VMCTL or has PM
 * signal it.  Without a VM the fault kills p (nonzero return).
 */
int
pagefault_to_vm(struct proc *p, uint64_t addr, uint64_t err, uint64_t ip)
{
	return ipc_vm_fault(p, p, addr, (uint32_t)err, ip);
}

/* vm becomes VM; returns how many stopped faults were sent to it. */
int
vm_register(struct proc *vm)
{
	struct proc *p;
	int n = 0;

	vm_ep = vm->p_endpoint;
	for (p = proc_table; p < &proc_table[NR_SLOTS]; p++) {
		if ((p->p_rts_flags & RTS_SLOT_FREE) ||
		    !(p->p_rts_flags & RTS_FAULTED) || p == vm)
			continue;
		ipc_kmsg_cancel(p);
		if (ipc_kmsg_enqueue(p, vm, &p->p_vmfault) == 0)
			n++;
	}
	return n;
}
