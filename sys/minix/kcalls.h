/*
 * <minix/kcalls.h>: kernel-call sub-codes and flags beyond those in
 * <minix/com.h> (the foundation kernel's calls).
 *
 * SYS_DIAGCTL	DIAGCTL_CODE_LOOKUP: find the live process whose name is the
 *		len bytes at buf; returns its endpoint, or -ESRCH (test
 *		programs find each other before any name server runs).
 * SYS_VMCTL	VMCTL_MAP with value2 == VMCTL_ANON_PAGE: the kernel supplies
 *		a zeroed page (freed with the address space); any other
 *		value2 must lie in the caller's memory ranges.  value3 holds
 *		VMCTL_F_xxx.  VMCTL_GET_PDBR returns the root in value.
 *		VMCTL_REGISTER_VM (endpt SELF): the caller becomes VM and
 *		gets again every fault still stopped (value = how many);
 *		only for a record with PRF_VM_REGISTER in pr_flags (EPERM).
 *		Calls on another process than the caller are EPERM unless
 *		the caller is VM now (an old VM is refused).
 * SYS_SCHEDCTL	flags SCHEDCTL_FLAG_KERNEL: the kernel schedules endpt
 *		(priority and quantum from the message); otherwise the
 *		caller becomes its scheduler: when endpt uses up a quantum
 *		it stops (RTS_NO_QUANTUM) and the scheduler gets a message
 *		SCHEDULING_NO_QUANTUM from KERNEL (layout
 *		m_lsys_krn_sys_schedule: endpt, priority, quantum in ms);
 *		its SYS_SCHEDULE answer lets endpt run again.
 * SYS_FORK	the child starts stopped (RTS_STOPPED) with an empty address
 *		space; VM fills it with VMCTL and RUNCTL RC_RESUME starts it.
 * SYS_UMAP	segment UMAP_VIRTUAL: src_addr is a virtual address of
 *		src_endpt; the reply's dst_addr is the physical address of a
 *		physically contiguous range (else -EFAULT).
 */

#ifndef _MINIX_KCALLS_H_
#define _MINIX_KCALLS_H_

#include <minix/com.h>

#define DIAGCTL_CODE_LOOKUP 3

#define VMCTL_ANON_PAGE	  (~0ULL)
#define VMCTL_F_WRITE	  0x1
#define VMCTL_F_EXEC	  0x2
#define VMCTL_REGISTER_VM 8

#define PRF_VM_REGISTER 0x0010 /* pr_flags: may become VM */

#define SCHEDCTL_FLAG_KERNEL  0x1
#define SCHEDULING_NO_QUANTUM (NOTIFY_BASE + 0x10)

#define UMAP_VIRTUAL 0

#endif /* !_MINIX_KCALLS_H_ */
