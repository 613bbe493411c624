/*
 * abort.c: SYS_ABORT, stop the system on behalf of a privileged process
 * (PM's reboot, or a test controller ending a test boot).  See
 * <minix/com.h> for the modes (RBT_xxx).  RBT_REBOOT and RBT_POWEROFF
 * halt for now.
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"
#include "system.h"
#include <minix/com.h>

int
do_abort(struct proc *caller, message *m)
{
	int how = m->m_lsys_krn_sys_abort.how;
	int status = m->m_lsys_krn_sys_abort.status;

	if (how < RBT_HALT || how > RBT_QEMU_EXIT)
		return -EINVAL;
	if (how == RBT_QEMU_EXIT && (status < 0 || status > 255))
		return -EINVAL;
	kprintf("kernel: SYS_ABORT from %s (endpoint %d), how %d status 0x%x\n",
	    caller->p_name, caller->p_endpoint, how, status);
	if (how == RBT_QEMU_EXIT)
		arch_debug_exit(status);
	arch_halt();
}
