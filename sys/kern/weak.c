/*
 * weak.c: placeholders for hooks that K2's IPC code implements.
 *
 * Each is a weak symbol, so the real definition in ipc.c, priv.c or irq.c
 * wins as soon as that file is linked in.  The placeholders keep a kernel
 * without IPC bootable: IPC traps fail with ENOSYS, IRQs other than the
 * timer are masked, privileges are not checked.
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"

__attribute__((weak)) long
ipc_trap(struct proc *caller __unused, int prim __unused, int ep __unused,
    uintptr_t umsg __unused)
{
	return -ENOSYS;
}

__attribute__((weak)) void
ipc_proc_exit(struct proc *p __unused)
{
}

__attribute__((weak)) void
priv_init_boot(struct proc *p __unused, int priv_id __unused)
{
}

__attribute__((weak)) void
irq_handle(int irq)
{
	kprintf("irq_handle: unexpected IRQ %d, masked\n", irq);
	irq_mask(irq);
}

__attribute__((weak)) int
pagefault_to_vm(struct proc *p __unused, uint64_t addr __unused,
    uint64_t err __unused, uint64_t rip __unused)
{
	return -ENOSYS;
}
