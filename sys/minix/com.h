/*
 * <minix/com.h>: endpoints and well-known processes.
 *
 * An endpoint names one incarnation of a process: the process-table slot
 * plus a generation number that the kernel bumps each time the slot is
 * reused.  A message for an old incarnation fails with EDEADSRCDST and is
 * never delivered to the slot's new owner.
 *
 *	endpoint = generation * _SLOT_SPAN + slot	(slot >= 0)
 *
 * Kernel tasks have fixed negative endpoints; the special values ANY, NONE
 * and SELF are negative too and never name a process.  Boot services occupy
 * the first slots in boot-module order (see DESIGN.md) with generation 0, so
 * their endpoint equals their slot.
 */

#ifndef _MINIX_COM_H_
#define _MINIX_COM_H_

#include <stdint.h>
#include <minix/callnr.h>

#ifndef _ENDPOINT_T_DECLARED
typedef int endpoint_t;
#define _ENDPOINT_T_DECLARED
#endif

/* Process-table geometry shared by the kernel and the servers. */
#define NR_SLOTS	  256  /* process-table slots (user + system) */
#define _SLOT_SPAN	  4096 /* > NR_SLOTS; endpoint stride per gen. */
#define _ENDPOINT_MAX_GEN (0x7fffffff / _SLOT_SPAN - 1)

#define _ENDPOINT(g, s) ((endpoint_t)((g)*_SLOT_SPAN + (s)))
#define _ENDPOINT_P(e)	((int)((e) % _SLOT_SPAN)) /* slot (e >= 0) */
#define _ENDPOINT_G(e)	((int)((e) / _SLOT_SPAN)) /* generation */

/* Special endpoints: never a process. */
#define ANY  ((endpoint_t)-100) /* RECEIVE from anybody */
#define NONE ((endpoint_t)-101) /* nobody */
#define SELF ((endpoint_t)-102) /* the caller itself */

/* Kernel tasks: senders of notifications, never receivers. */
#define KERNEL	 ((endpoint_t)-1) /* the kernel (e.g. VM page faults) */
#define SYSTEM	 ((endpoint_t)-2) /* kernel signals for system processes */
#define CLOCK	 ((endpoint_t)-3) /* SYS_SETALARM expiry */
#define IDLE	 ((endpoint_t)-4) /* the idle task (never sends) */
#define HARDWARE ((endpoint_t)-5) /* interrupts, with the hook bitmask */
#define ASYNCM	 ((endpoint_t)-6) /* SENDA delivery reports */
#define NR_TASKS 6

#define is_kernel_task(e) ((e) <= KERNEL && (e) >= ASYNCM)

/*
 * Boot services: fixed slots in boot-module order.  The kernel's boot-image
 * table (sys/kern/table.c) gives each its privileges.  Test modules and
 * user processes take the slots after INIT.
 */
#define DS_PROC_NR	 ((endpoint_t)0) /* data store */
#define RS_PROC_NR	 ((endpoint_t)1) /* reincarnation server */
#define PM_PROC_NR	 ((endpoint_t)2) /* process manager */
#define VFS_PROC_NR	 ((endpoint_t)3) /* virtual file system */
#define MEM_PROC_NR	 ((endpoint_t)4) /* memory driver (RAM disk) */
#define TTY_PROC_NR	 ((endpoint_t)5) /* terminal driver */
#define VM_PROC_NR	 ((endpoint_t)6) /* virtual memory server */
#define PFS_PROC_NR	 ((endpoint_t)7) /* pipe file system */
#define EXT2_PROC_NR	 ((endpoint_t)8) /* root file system */
#define INIT_PROC_NR	 ((endpoint_t)9) /* init, first user process */
#define NR_BOOT_SERVICES 10

/*
 * Notifications.  A NOTIFY carries no payload from the sender; the receiver
 * gets m_type == NOTIFY_MESSAGE, m_source == the notifier, and the kernel
 * fills m_notify (see <minix/ipc.h>):
 *   - from HARDWARE: m_notify.interrupts, the bitmask of IRQ hook ids that
 *     fired since the last delivery (bit n = hook id n);
 *   - from SYSTEM: m_notify.sigset, the pending kernel signals of the
 *     receiver (bit n = signal n), and NOTIFY_KSIG in m_notify.flags when
 *     user processes have kernel-generated signals waiting for PM to fetch
 *     with SYS_GETKSIG;
 *   - always: m_notify.timestamp, the kernel's uptime in ticks.
 * Repeated notifications from one source before RECEIVE coalesce into one.
 */
#define NOTIFY_KSIG 0x1 /* m_notify.flags: call SYS_GETKSIG */

#define is_ipc_notify(m) ((m)->m_type == NOTIFY_MESSAGE)
#define is_notify(type)	 ((type) == NOTIFY_MESSAGE)

/*
 * Kernel-call sub-requests (fields of the m_lsys_krn_* layouts).
 */

/* SYS_DEVIO / SYS_VDEVIO request: direction | size. */
#define _DIO_DIRMASK	0x0f
#define _DIO_TYPEMASK	0xf0
#define DIO_INPUT	0x01
#define DIO_OUTPUT	0x02
#define DIO_BYTE	0x10
#define DIO_WORD	0x20
#define DIO_LONG	0x30
#define DIO_INPUT_BYTE	(DIO_INPUT | DIO_BYTE)
#define DIO_INPUT_WORD	(DIO_INPUT | DIO_WORD)
#define DIO_INPUT_LONG	(DIO_INPUT | DIO_LONG)
#define DIO_OUTPUT_BYTE (DIO_OUTPUT | DIO_BYTE)
#define DIO_OUTPUT_WORD (DIO_OUTPUT | DIO_WORD)
#define DIO_OUTPUT_LONG (DIO_OUTPUT | DIO_LONG)

struct pv_entry { /* SYS_VDEVIO vector element */
	uint32_t pv_port;
	uint32_t pv_value; /* in: output value; out: input value */
};
#define VDEVIO_BUF_MAX 64

/* SYS_IRQCTL request and policy. */
#define IRQ_SETPOLICY 1 /* register a hook: vector, policy, hook_id */
#define IRQ_RMPOLICY  2 /* remove hook hook_id */
#define IRQ_ENABLE    3 /* re-enable the line of hook hook_id */
#define IRQ_DISABLE   4
#define IRQ_REENABLE  0x01 /* policy: re-enable right after notifying */
#define NR_IRQ_HOOKS  64

/* SYS_RUNCTL action. */
#define RC_STOP	  1
#define RC_RESUME 2
#define RC_DELAY  0x01 /* flags: stop after the current IPC */

/* SYS_ABORT how. */
#define RBT_HALT      1
#define RBT_REBOOT    2
#define RBT_POWEROFF  3
#define RBT_QEMU_EXIT 4 /* isa-debug-exit with status */

/* SYS_DIAGCTL code. */
#define DIAGCTL_CODE_DIAG	1 /* print buf[0..len) on the console */
#define DIAGCTL_CODE_STACKTRACE 2
#define DIAG_BUF_MAX		1024

/* SYS_GETINFO request. */
#define GET_WHOAMI     1  /* reply: endpt, name copied to val_ptr */
#define GET_PROC       2  /* struct kinfo_proc of endpt to val_ptr */
#define GET_PRIV       3  /* struct priv_rec of endpt to val_ptr */
#define GET_UPTIME     4  /* uint64_t ticks to val_ptr */
#define GET_HZ	       5  /* uint32_t to val_ptr */
#define GET_MONITOR    6  /* boot command line to val_ptr */
#define GET_RANDOMNESS 7  /* entropy bytes to val_ptr */
#define GET_KINFO      8  /* struct kinfo to val_ptr */
#define GET_CPUTIME    9  /* struct kinfo_cputime to val_ptr */
#define GET_BOOTMODS   10 /* struct kinfo_bootmod[] to val_ptr; returns n */

/* SYS_GETINFO GET_PROC: one process, as the kernel sees it. */
#define KPS_SENDING	0x01 /* blocked in SEND; kp_sendto */
#define KPS_RECEIVING	0x02 /* blocked in RECEIVE; kp_getfrom */
#define KPS_SIG_PENDING 0x04 /* stopped: kernel signal waits for PM */
#define KPS_STOPPED	0x08 /* stopped for another reason */
#define KPS_RUNNABLE	0x10

struct kinfo_proc {
	endpoint_t kp_endpoint;
	uint32_t kp_state;     /* KPS_xxx */
	uint32_t kp_rts_flags; /* raw kernel flags (diagnostics) */
	int kp_priority;
	int kp_priv_id;
	endpoint_t kp_sendto;
	endpoint_t kp_getfrom;
	uint32_t kp_reserved;
	uint64_t kp_user_ticks;
	uint64_t kp_sys_ticks;
	char kp_name[16];
	uint64_t kp_user_ns; /* the same times, finer (TSC-measured) */
	uint64_t kp_sys_ns;
};

/*
 * SYS_GETINFO GET_BOOTMODS: the boot modules that are data, not programs
 * (the root file-system image "rootfs").  A process reads one by mapping
 * its pages (VMCTL_MAP with the physical address), which its record's
 * memory ranges must allow (SYS_PRIV_ADD_MEM).
 */
#define NR_BOOT_DATA 4 /* at most this many entries */
struct kinfo_bootmod {
	char km_name[16];
	uint64_t km_base; /* physical address of the first byte */
	uint64_t km_len;  /* bytes */
};

/* SYS_GETINFO GET_CPUTIME: the CPU's time with no process to run. */
struct kinfo_cputime {
	uint64_t kc_tsc_hz;	/* TSC cycles per second */
	uint64_t kc_idle_ticks; /* idle (and interrupts taken while idle) */
	uint64_t kc_idle_ns;
	uint64_t kc_uptime_ns; /* TSC time since the scheduler started */
};

/* SYS_VMCTL param (owned by the VM/kernel foundation work). */
#define VMCTL_MAP	      1 /* value=vaddr value2=phys value3=flags */
#define VMCTL_UNMAP	      2 /* value=vaddr value2=len */
#define VMCTL_CLEAR_PAGEFAULT 3 /* resume endpt after a fault */
#define VMCTL_GET_PDBR	      4
#define VMCTL_SET_ADDRSPACE   5
#define VMCTL_MEMREQ_GET      6
#define VMCTL_MEMREQ_REPLY    7

#endif /* !_MINIX_COM_H_ */
