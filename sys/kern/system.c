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

/*
 * locore.S reads and writes these by offset (CTX_xxx, GS_CUR_PROC): entries
 * from ring 3 build their frame in cur_proc->p_ctx.
 */
_Static_assert(offsetof(struct cpu, cur_proc) == 32, "GS_CUR_PROC");
_Static_assert(offsetof(struct proc, p_ctx) == 0, "p_ctx first");
_Static_assert(sizeof(struct cpu_ctx) == 176, "CTX_SIZE");
_Static_assert(offsetof(struct cpu_ctx, err) == 128, "CTX_ERR");
_Static_assert(offsetof(struct cpu_ctx, ss) == 168, "CTX_SS");
_Static_assert(offsetof(struct cpu_ctx, rcx) == 16, "CTX_RCX");
_Static_assert(offsetof(struct cpu_ctx, r11) == 80, "CTX_R11");
_Static_assert(offsetof(struct cpu_ctx, vector) == 120, "CTX_VECTOR");
_Static_assert(offsetof(struct cpu_ctx, rip) == 136, "CTX_RIP");
_Static_assert(offsetof(struct cpu_ctx, rflags) == 152, "CTX_RFLAGS");
_Static_assert(offsetof(struct cpu_ctx, rsp) == 160, "CTX_RSP");

#define KCALL(n) [SYS_CALL_INDEX(n)]

static const kcall_handler_t kcall_table[NR_SYS_CALLS] = {
	KCALL(SYS_EXIT) = do_exit,     /* _exit(2) via PM, or a boot program */
	KCALL(SYS_FORK) = do_fork,     /* fork(2): PM copies a process */
	KCALL(SYS_EXEC) = do_exec,     /* execve(2): new ip, sp, name */
	KCALL(SYS_CLEAR) = do_clear,   /* PM/VM remove a dead process */
	KCALL(SYS_DEVIO) = do_devio,   /* drivers: one port I/O */
	KCALL(SYS_VDEVIO) = do_vdevio, /* drivers: vector of port I/O */
	KCALL(SYS_IRQCTL) = do_irqctl, /* drivers: interrupt hooks */
	KCALL(SYS_VMCTL) = do_vmctl,   /* VM: page tables, fault resume */
	KCALL(SYS_UMAP) = do_umap,     /* drivers: virtual to physical */
	KCALL(SYS_SETALARM) = do_setalarm, /* alarm(2), driver timeouts */
	KCALL(SYS_SCHEDULE) = do_schedule, /* nice(2): queue and quantum */
	KCALL(SYS_SCHEDCTL) = do_schedctl, /* who schedules a process */
	KCALL(SYS_RUNCTL) = do_runctl,	   /* stop/resume (signals, RS) */
	KCALL(SYS_STIME) = do_stime,	   /* stime(2): boot wall time */
	KCALL(SYS_TIMES) = do_times,	   /* times(3) and process accounting */
	KCALL(SYS_ABORT) = do_abort,	   /* reboot(2), test shutdown */
	KCALL(SYS_DIAGCTL) = do_diagctl,   /* kernel console output */
	KCALL(SYS_PRIVCTL) = do_privctl,   /* RS: privilege records */
	KCALL(SYS_SETGRANT) = do_setgrant, /* register my grant table */
	KCALL(SYS_SAFECOPYFROM) = do_safecopyfrom, /* read a grant */
	KCALL(SYS_SAFECOPYTO) = do_safecopyto,	   /* write a grant */
	KCALL(SYS_VSAFECOPY) = do_vsafecopy,	   /* vectored grant copies */
	KCALL(SYS_SAFEMEMSET) = do_safememset,	   /* fill a grant */
	KCALL(SYS_GETINFO) = do_getinfo,	   /* kernel information */
	KCALL(SYS_KILL) = do_kill,	     /* kill(2): kernel-side signal */
	KCALL(SYS_GETKSIG) = do_getksig,     /* PM collects signals */
	KCALL(SYS_ENDKSIG) = do_endksig,     /* PM finished with them */
	KCALL(SYS_SIGSEND) = do_sigsend,     /* start a signal handler */
	KCALL(SYS_SIGRETURN) = do_sigreturn, /* sigreturn(2) */
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

	if (copyin_msg(caller, &m, umsg, 0) != 0)
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
		return r; /* blocked, or gone (EXIT of itself) */
	if (r >= 0 && copyout_msg(caller, umsg, &m) != 0)
		return -EFAULT;
	return r;
}
