/*
 * privctl.c: SYS_PRIVCTL, RS creates and changes privilege records.
 *
 * m_lsys_krn_sys_privctl: endpt (SELF allowed), request SYS_PRIV_xxx, arg
 * (address of the request's argument in the caller's memory).  See
 * <minix/priv.h>.  A record is checked completely before it is installed.
 */

#include "kernel.h"
#include "proc.h"
#include "vm.h"
#include "ipc.h"
#include "priv.h"
#include "system.h"

#define VALID_PRIMS ((1u << NR_IPC_PRIMS) - 2) /* bits 1 .. 7 */

static int
io_range_ok(const struct io_range *io)
{
	return io->ior_base <= io->ior_limit && io->ior_limit <= 0xffff;
}

static int
irq_ok(int irq)
{
	return irq == -1 || (irq > 2 && irq < 16) || irq == 1;
}

static int
rec_valid(const struct priv_rec *r)
{
	unsigned i;

	if ((r->pr_trap_mask & ~VALID_PRIMS) != 0 ||
	    r->pr_nr_io > NR_IO_RANGE || r->pr_nr_irq > NR_IRQ_LINES ||
	    r->pr_nr_mem > NR_MEM_RANGE)
		return 0;
	for (i = 0; i < r->pr_nr_io; i++)
		if (!io_range_ok(&r->pr_io[i]))
			return 0;
	for (i = 0; i < r->pr_nr_irq; i++)
		if (!irq_ok(r->pr_irq[i]))
			return 0;
	for (i = 0; i < r->pr_nr_mem; i++)
		if (r->pr_mem[i].mr_base > r->pr_mem[i].mr_limit)
			return 0;
	return 1;
}

/* Add to target's own record; the shared user record never grows. */
static int
priv_add(struct proc *target, struct proc *caller, int req, uintptr_t arg)
{
	struct priv_rec *r;
	struct io_range io;
	struct mem_range mr;
	int irq;

	if (target->p_priv == NULL || target->p_priv->pv_id == 0)
		return -EPERM;
	r = &target->p_priv->pv_rec;
	switch (req) {
	case SYS_PRIV_ADD_IO:
		if (copyin(caller, &io, arg, sizeof(io)) != 0)
			return -EFAULT;
		if (!io_range_ok(&io))
			return -EINVAL;
		if (r->pr_nr_io >= NR_IO_RANGE)
			return -ENOMEM;
		r->pr_io[r->pr_nr_io++] = io;
		return 0;
	case SYS_PRIV_ADD_IRQ:
		if (copyin(caller, &irq, arg, sizeof(irq)) != 0)
			return -EFAULT;
		if (!irq_ok(irq))
			return -EINVAL;
		if (r->pr_nr_irq >= NR_IRQ_LINES)
			return -ENOMEM;
		r->pr_irq[r->pr_nr_irq++] = irq;
		return 0;
	default:
		if (copyin(caller, &mr, arg, sizeof(mr)) != 0)
			return -EFAULT;
		if (mr.mr_base > mr.mr_limit)
			return -EINVAL;
		if (r->pr_nr_mem >= NR_MEM_RANGE)
			return -ENOMEM;
		r->pr_mem[r->pr_nr_mem++] = mr;
		return 0;
	}
}

int
do_privctl(struct proc *caller, message *m)
{
	mess_lsys_krn_sys_privctl *pc = &m->m_lsys_krn_sys_privctl;
	struct priv_rec rec;
	struct proc *target;
	endpoint_t ep = pc->endpt == SELF ? caller->p_endpoint : pc->endpt;
	int r;

	if ((r = ipc_ep_lookup(ep, &target)) != 0)
		return r;
	switch (pc->request) {
	case SYS_PRIV_SET_SYS:
		if (copyin(caller, &rec, (uintptr_t)pc->arg, sizeof(rec)) != 0)
			return -EFAULT;
		if (!rec_valid(&rec))
			return -EINVAL;
		return priv_set_sys(target, &rec);
	case SYS_PRIV_SET_USER:
		priv_set_user(target);
		return 0;
	case SYS_PRIV_ADD_IO:
	case SYS_PRIV_ADD_IRQ:
	case SYS_PRIV_ADD_MEM:
		return priv_add(
		    target, caller, pc->request, (uintptr_t)pc->arg);
	case SYS_PRIV_QUERY:
		if (target->p_priv == NULL)
			return -EINVAL;
		return copyout(caller, (uintptr_t)pc->arg,
		    &target->p_priv->pv_rec, sizeof(struct priv_rec));
	}
	return -EINVAL;
}
