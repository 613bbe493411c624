/*
 * irq.c: device interrupts become notifications from HARDWARE.
 *
 * A driver whose privilege record lists an IRQ line registers a hook with
 * SYS_IRQCTL (IRQ_SETPOLICY), naming the bit (0..63) it wants to see in
 * m_notify.interrupts.  When the line fires, irq_handle() sets that bit for
 * every hook on the line and notifies the owner from HARDWARE.  Unless the
 * hook's policy has IRQ_REENABLE, the line stays masked until the driver
 * calls IRQ_ENABLE, so a level-triggered device cannot storm the CPU.
 *
 * Entry points: irq_handle() (from the trap code), irq_hook_set(),
 * irq_hook_rm(), irq_hook_enable(), irq_hook_disable() (for
 * calls/irqctl.c), irq_proc_exit() (from ipc_proc_exit()).
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"
#include "ipc.h"
#include "priv.h"
#include "irq.h"

struct irq_hook {
	int ih_inuse;
	int ih_irq;	  /* line */
	int ih_notify_id; /* bit in m_notify.interrupts */
	int ih_policy;	  /* IRQ_REENABLE */
	int ih_masked;	  /* waits for IRQ_ENABLE */
	endpoint_t ih_owner;
};

static struct irq_hook irq_hooks[NR_IRQ_HOOKS];

/* Lines a driver may not hook: the timer and the PIC cascade. */
static int
irq_reserved(int irq)
{
	return irq == 0 || irq == 2;
}

static int
line_has_hooks(int irq)
{
	int i;

	for (i = 0; i < NR_IRQ_HOOKS; i++)
		if (irq_hooks[i].ih_inuse && irq_hooks[i].ih_irq == irq)
			return 1;
	return 0;
}

static int
line_wants_mask(int irq)
{
	int i;

	for (i = 0; i < NR_IRQ_HOOKS; i++)
		if (irq_hooks[i].ih_inuse && irq_hooks[i].ih_irq == irq &&
		    irq_hooks[i].ih_masked)
			return 1;
	return 0;
}

void
irq_handle(int irq)
{
	struct irq_hook *h;
	struct proc *p;
	int i, any = 0;

	for (i = 0; i < NR_IRQ_HOOKS; i++) {
		h = &irq_hooks[i];
		if (!h->ih_inuse || h->ih_irq != irq)
			continue;
		if (ipc_ep_lookup(h->ih_owner, &p) != 0) {
			h->ih_inuse = 0; /* owner gone */
			continue;
		}
		any = 1;
		p->p_ipc.pi_irq_pending |= 1ULL << h->ih_notify_id;
		if (!(h->ih_policy & IRQ_REENABLE))
			h->ih_masked = 1;
		ipc_notify_task(p, HARDWARE);
	}
	if (!any || line_wants_mask(irq))
		irq_mask(irq);
}

/* The hook id handed to the driver, checked to be its own. */
static struct irq_hook *
hook_of(const struct proc *p, int id)
{
	if (id < 0 || id >= NR_IRQ_HOOKS || !irq_hooks[id].ih_inuse ||
	    irq_hooks[id].ih_owner != p->p_endpoint)
		return NULL;
	return &irq_hooks[id];
}

/* Register a hook; returns the hook id or a negative error. */
int
irq_hook_set(struct proc *p, int irq, int policy, int notify_id)
{
	struct irq_hook *h;
	int i;

	if (irq < 0 || irq >= NR_IRQ_VECTORS || irq_reserved(irq))
		return -EINVAL;
	if (notify_id < 0 || notify_id > 63 || (policy & ~IRQ_REENABLE))
		return -EINVAL;
	if (!priv_irq_ok(p, irq))
		return -EPERM;
	for (i = 0; i < NR_IRQ_HOOKS; i++) {
		h = &irq_hooks[i];
		if (h->ih_inuse)
			continue;
		h->ih_inuse = 1;
		h->ih_irq = irq;
		h->ih_notify_id = notify_id;
		h->ih_policy = policy;
		h->ih_masked = 0;
		h->ih_owner = p->p_endpoint;
		irq_unmask(irq);
		return i;
	}
	return -EBUSY;
}

int
irq_hook_rm(struct proc *p, int id)
{
	struct irq_hook *h;

	if ((h = hook_of(p, id)) == NULL)
		return -EINVAL;
	h->ih_inuse = 0;
	if (!line_has_hooks(h->ih_irq))
		irq_mask(h->ih_irq);
	return 0;
}

int
irq_hook_enable(struct proc *p, int id)
{
	struct irq_hook *h;

	if ((h = hook_of(p, id)) == NULL)
		return -EINVAL;
	h->ih_masked = 0;
	if (!line_wants_mask(h->ih_irq))
		irq_unmask(h->ih_irq);
	return 0;
}

int
irq_hook_disable(struct proc *p, int id)
{
	struct irq_hook *h;

	if ((h = hook_of(p, id)) == NULL)
		return -EINVAL;
	h->ih_masked = 1;
	irq_mask(h->ih_irq);
	return 0;
}

void
irq_proc_exit(struct proc *p)
{
	int i;

	for (i = 0; i < NR_IRQ_HOOKS; i++)
		if (irq_hooks[i].ih_inuse &&
		    irq_hooks[i].ih_owner == p->p_endpoint)
			irq_hook_rm(p, i);
}
