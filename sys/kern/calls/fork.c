/*
 * fork.c: SYS_FORK, PM asks for a copy of a process.
 *
 * The child gets a new slot (the one asked for, or any free one) and a
 * fresh endpoint, the parent's registers, name, scheduling and privileges,
 * and an empty address space: memory is VM's business (VMCTL).  If the
 * parent waits for PM's reply, so does the child, and PM answers both.
 * The child starts stopped (RTS_STOPPED); RUNCTL RC_RESUME starts it.
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"
#include "vm.h"
#include "system.h"

static int
fork_slot(int want)
{
	int s;

	if (want == -1)
		return (s = proc_alloc_slot(-1)) >= 0 ? s : -EAGAIN;
	if (want < 0 || want >= NR_SLOTS)
		return -EINVAL;
	return proc_alloc_slot(want) == want ? want : -EBUSY;
}

/* A parent blocked for its reply leaves the child blocked the same way. */
static void
fork_ipc_state(struct proc *child, const struct proc *parent)
{
	ipc_proc_init(child);
	if ((parent->p_rts_flags & RTS_RECEIVING) &&
	    !(parent->p_rts_flags & RTS_SENDING)) {
		child->p_ipc.pi_getfrom = parent->p_ipc.pi_getfrom;
		child->p_ipc.pi_umsg = parent->p_ipc.pi_umsg;
		child->p_ipc.pi_flags = parent->p_ipc.pi_flags & PI_REPLY_WAIT;
		child->p_rts_flags |= RTS_RECEIVING;
	}
}

int
do_fork(struct proc *caller, message *m)
{
	struct proc *parent, *child;
	int slot;

	parent = proc_by_endpoint(m->m_lsys_krn_sys_fork.endpt);
	if (parent == NULL || parent == caller)
		return -EINVAL;
	if ((slot = fork_slot(m->m_lsys_krn_sys_fork.slot)) < 0)
		return slot;
	if ((child = proc_new(slot, parent->p_name)) == NULL)
		return -EAGAIN;
	if (pt_new_space(child) != 0) {
		proc_kill(child, NULL);
		return -ENOMEM;
	}
	child->p_ctx = parent->p_ctx;
	fpu_copy(child, parent);
	child->p_priority = parent->p_priority;
	child->p_quantum_size = parent->p_quantum_size;
	child->p_quantum_left = parent->p_quantum_size;
	child->p_scheduler = parent->p_scheduler;
	fork_ipc_state(child, parent);
	priv_inherit(child, parent);
	m->m_krn_lsys_sys_fork.endpt = child->p_endpoint;
	m->m_krn_lsys_sys_fork.slot = slot;
	return 0;
}
