/*
 * irq.h: interrupt hooks (irq.c), used by calls/irqctl.c and ipc.c.
 */

#ifndef _KERN_IRQ_H_
#define _KERN_IRQ_H_

struct proc;

int irq_hook_set(struct proc *, int, int, int);
int irq_hook_rm(struct proc *, int);
int irq_hook_enable(struct proc *, int);
int irq_hook_disable(struct proc *, int);
void irq_proc_exit(struct proc *);

#endif /* !_KERN_IRQ_H_ */
