/*
 * ipc.h: per-process IPC state and the IPC entry points.
 *
 * struct proc_ipc is embedded in struct proc (proc.h).  The rules it
 * implements are in sys/kern/README.  Entry points:
 *
 *	ipc_trap()	   the `syscall' trap: one IPC primitive for a process
 *	ipc_proc_exit()	   a process is going away: wake its partners
 *	ipc_notify_task()  a kernel task (HARDWARE, SYSTEM, CLOCK, ASYNCM)
 *			   notifies a process; never blocks
 *	ipc_kmsg_enqueue() the kernel sends a message (e.g. VM_PAGEFAULT) on
 *			   behalf of a blocked process, m_source = KERNEL;
 *			   ipc_kmsg_cancel() takes it back while queued
 *	ipc_set_result()   store the value a blocked call returns in rax
 *	ipc_abort()	   cancel the IPC a process is blocked in (signals)
 *	ipc_vm_fault()	   stop a process and ask VM for a missing page
 *	vm_register()	   a new VM takes over (vmfault.c)
 *	vm_is_current()	   whether a process is VM now
 *
 * Blocking contract with the trap code: a primitive that blocks the caller
 * returns -EDONTREPLY and the trap code must not write the caller's rax; the
 * result is written into p_ctx.rax when the caller is woken.
 */

#ifndef _KERN_IPC_H_
#define _KERN_IPC_H_

#include <stdint.h>
#include <minix/com.h>
#include <minix/ipc.h>

struct proc;

/* p_rts_flags bits owned by IPC (the foundation's stay below 0x100). */
#define RTS_SENDING	0x100 /* blocked in SEND (queued at pi_sendto) */
#define RTS_RECEIVING	0x200 /* blocked in RECEIVE (from pi_getfrom) */
#define RTS_SIG_PENDING 0x400 /* kernel signal waits for PM (SYS_KILL) */

/* pi_flags */
#define PI_SENDREC    0x01 /* SENDING: then wait for the reply */
#define PI_REPLY_WAIT 0x02 /* RECEIVING: only the reply from pi_getfrom */
#define PI_KSEND      0x04 /* SENDING: kernel message, m_source=KERNEL */
#define PI_ASYNC      0x08 /* SENDA table has undelivered entries */
#define PI_KSIG_TOLD  0x10 /* PM fetched our signals (SYS_GETKSIG) */

/* Notification sources: one pending bit per slot and per kernel task. */
#define NOTIFY_SOURCES (NR_SLOTS + NR_TASKS)
#define NOTIFY_WORDS   ((NOTIFY_SOURCES + 63) / 64)

struct proc_ipc {
	message pi_msg;	       /* SENDING: the message, kernel copy */
	unsigned pi_flags;     /* PI_xxx */
	endpoint_t pi_sendto;  /* SENDING: destination */
	endpoint_t pi_getfrom; /* RECEIVING: ANY or one endpoint */
	uintptr_t pi_umsg;     /* RECEIVING: buffer in user memory */
	struct proc *pi_qnext; /* link in the destination's queue */
	struct proc *pi_qhead; /* processes blocked sending to me */
	uint64_t pi_notify[NOTIFY_WORDS]; /* pending NOTIFY per source */
	uint64_t pi_irq_pending;	  /* HARDWARE: hook ids fired */
	uint64_t pi_sig_pending;	  /* SYSTEM: signals for a server */
	uint32_t pi_sys_flags;		  /* SYSTEM: NOTIFY_KSIG */
	uint64_t pi_ksig;		  /* user-process signals for PM */
	uintptr_t pi_senda_tab;		  /* SENDA table and entry count */
	unsigned pi_senda_count;
	uintptr_t pi_grant_tab; /* SETGRANT table and entry count */
	unsigned pi_grant_count;
	endpoint_t pi_memreq_ep; /* last page asked of VM for a copy: */
	uintptr_t pi_memreq_va;	 /* a second miss there is EFAULT */
};

long ipc_trap(struct proc *, int, int, uintptr_t);
void ipc_proc_exit(struct proc *);
void ipc_proc_init(struct proc *);
void ipc_notify_task(struct proc *, endpoint_t);
int ipc_kmsg_enqueue(struct proc *, struct proc *, const message *);
void ipc_kmsg_cancel(struct proc *);
void ipc_set_result(struct proc *, long);
int ipc_ep_lookup(endpoint_t, struct proc **);
int ipc_abort(struct proc *);

/* vmfault.c: page faults handed to VM, and who VM is. */
int ipc_vm_fault(struct proc *, struct proc *, uint64_t, uint32_t, uint64_t);
int vm_register(struct proc *);
int vm_is_current(const struct proc *);

#endif /* !_KERN_IPC_H_ */
