/*
 * system.c: the kernel-call trap (int $0x21).
 *
 * kcall_trap() copies the caller's 64-byte message in, checks the call
 * number and the caller's right to make it, runs the handler from the
 * dispatch table below and copies the message back out.  The result goes
 * to the caller's rax (trap.c) unless it is -EDONTREPLY.
 */

#include "kernel.h"
#include "proc.h"
#include "vm.h"
#include "system.h"

#define KCALL(n) [SYS_CALL_INDEX(n)]

static const kcall_handler_t kcall_table[NR_SYS_CALLS] = {
	KCALL(SYS_TIMES) = do_times,	/* times(3) and process accounting */
	KCALL(SYS_ABORT) = do_abort,	/* reboot(2), test shutdown */
	KCALL(SYS_DIAGCTL) = do_diagctl, /* kernel console output */
};

__attribute__((weak)) int
kcall_allowed(struct proc *caller __unused, int index __unused)
{
	return 1;
}

struct proc *
kcall_target(struct proc *caller, endpoint_t ep)
{
	return ep == SELF ? caller : proc_by_endpoint(ep);
}

long
kcall_trap(struct proc *caller, uintptr_t umsg)
{
	message m;
	endpoint_t ep = caller->p_endpoint;
	int idx, r;

	if (copyin(caller, &m, umsg, sizeof(m)) != 0)
		return -EFAULT;
	idx = SYS_CALL_INDEX(m.m_type);
	if (!IS_CALL_IN(m.m_type, KERNEL_CALL) || idx >= NR_SYS_CALLS ||
	    kcall_table[idx] == NULL)
		return -EBADREQUEST;
	if (!kcall_allowed(caller, idx))
		return -ECALLDENIED;
	m.m_source = ep;
	r = kcall_table[idx](caller, &m);
	if (r == -EDONTREPLY || caller->p_endpoint != ep)
		return r;	/* blocked, or gone (EXIT of itself) */
	if (r >= 0 && copyout(caller, umsg, &m, sizeof(m)) != 0)
		return -EFAULT;
	return r;
}
