/*
 * <minix/callnr.h>: message types, one range per server.
 *
 * A request's m_type is a call number from its server's range; a reply's
 * m_type is the result (0, a count, or a negative errno).  Kernel calls go
 * through their own trap (int $0x21) with m_type = SYS_xxx; their status
 * comes back in rax and, for calls with output, in the message, which the
 * kernel copies back.  Ranges:
 *
 *	0x0100	PM		0x0700	character devices (VFS -> driver)
 *	0x0200	VFS		0x0800	block devices (VFS/FS -> driver)
 *	0x0300	VM		0x0900	kernel calls (SYS_xxx)
 *	0x0400	RS		0x0a00	notifications and kernel messages
 *	0x0500	DS		0x0b00	common requests (any service)
 *	0x0600	FS (VFS -> FS)
 */

#ifndef _MINIX_CALLNR_H_
#define _MINIX_CALLNR_H_

#define PM_BASE	     0x0100
#define VFS_BASE     0x0200
#define VM_BASE	     0x0300
#define RS_BASE	     0x0400
#define DS_BASE	     0x0500
#define FS_BASE	     0x0600
#define CDEV_BASE    0x0700
#define BDEV_BASE    0x0800
#define KERNEL_CALL  0x0900
#define NOTIFY_BASE  0x0a00
#define COMMON_BASE  0x0b00
#define CALL_RANGE   0x0100

#define IS_CALL_IN(type, base) \
	((type) >= (base) && (type) < (base) + CALL_RANGE)

/* ---- PM calls: owned by the libc helper ---- */
/* PM_xxx = PM_BASE + n; NR_PM_CALLS */
/* ---- end of PM calls ---- */

/* ---- VFS calls: owned by the libc helper ---- */
/* VFS_xxx = VFS_BASE + n; NR_VFS_CALLS */
/* ---- end of VFS calls ---- */

/* VM requests. */
#define VM_PAGEFAULT	(VM_BASE + 0x00) /* kernel -> VM: m_krn_vm_pagefault */
#define VM_BRK		(VM_BASE + 0x01)
#define VM_MMAP		(VM_BASE + 0x02)
#define VM_MUNMAP	(VM_BASE + 0x03)
#define VM_MPROTECT	(VM_BASE + 0x04)
#define VM_FORK		(VM_BASE + 0x05)
#define VM_EXIT		(VM_BASE + 0x06)
#define VM_EXEC_NEWMEM	(VM_BASE + 0x07)
#define VM_INFO		(VM_BASE + 0x08)

/* RS requests. */
#define RS_UP		(RS_BASE + 0x00)
#define RS_DOWN		(RS_BASE + 0x01)
#define RS_RESTART	(RS_BASE + 0x02)
#define RS_REFRESH	(RS_BASE + 0x03)
#define RS_UPDATE	(RS_BASE + 0x04)
#define RS_LOOKUP	(RS_BASE + 0x05)
#define RS_INIT		(RS_BASE + 0x06) /* RS -> service: initialise */

/* DS requests. */
#define DS_PUBLISH	(DS_BASE + 0x00)
#define DS_RETRIEVE	(DS_BASE + 0x01)
#define DS_DELETE	(DS_BASE + 0x02)
#define DS_SUBSCRIBE	(DS_BASE + 0x03)
#define DS_CHECK	(DS_BASE + 0x04)

/* FS requests (VFS -> file server); numbers owned by the VFS helper. */
/* ---- FS requests: owned by the libc helper ---- */
/* ---- end of FS requests ---- */

/* Character devices. */
#define CDEV_OPEN	(CDEV_BASE + 0x00)
#define CDEV_CLOSE	(CDEV_BASE + 0x01)
#define CDEV_READ	(CDEV_BASE + 0x02)
#define CDEV_WRITE	(CDEV_BASE + 0x03)
#define CDEV_IOCTL	(CDEV_BASE + 0x04)
#define CDEV_CANCEL	(CDEV_BASE + 0x05)
#define CDEV_SELECT	(CDEV_BASE + 0x06)
#define CDEV_REPLY	(CDEV_BASE + 0x40) /* driver -> VFS replies */
#define CDEV_SEL1_REPLY	(CDEV_BASE + 0x41)
#define CDEV_SEL2_REPLY	(CDEV_BASE + 0x42)

/* Block devices. */
#define BDEV_OPEN	(BDEV_BASE + 0x00)
#define BDEV_CLOSE	(BDEV_BASE + 0x01)
#define BDEV_READ	(BDEV_BASE + 0x02)
#define BDEV_WRITE	(BDEV_BASE + 0x03)
#define BDEV_GATHER	(BDEV_BASE + 0x04)
#define BDEV_SCATTER	(BDEV_BASE + 0x05)
#define BDEV_IOCTL	(BDEV_BASE + 0x06)
#define BDEV_REPLY	(BDEV_BASE + 0x40)

/*
 * Kernel calls.  The numbering is the index into the kernel's dispatch
 * table and into the per-service call bitmap (struct priv_rec).
 */
#define SYS_FORK	  (KERNEL_CALL + 0)
#define SYS_EXEC	  (KERNEL_CALL + 1)
#define SYS_EXIT	  (KERNEL_CALL + 2)
#define SYS_CLEAR	  (KERNEL_CALL + 3)
#define SYS_PRIVCTL	  (KERNEL_CALL + 4)
#define SYS_DEVIO	  (KERNEL_CALL + 5)
#define SYS_VDEVIO	  (KERNEL_CALL + 6)
#define SYS_IRQCTL	  (KERNEL_CALL + 7)
#define SYS_SAFECOPYFROM  (KERNEL_CALL + 8)
#define SYS_SAFECOPYTO	  (KERNEL_CALL + 9)
#define SYS_VSAFECOPY	  (KERNEL_CALL + 10)
#define SYS_SAFEMEMSET	  (KERNEL_CALL + 11)
#define SYS_SETGRANT	  (KERNEL_CALL + 12)
#define SYS_VMCTL	  (KERNEL_CALL + 13)
#define SYS_UMAP	  (KERNEL_CALL + 14)
#define SYS_TIMES	  (KERNEL_CALL + 15)
#define SYS_SETALARM	  (KERNEL_CALL + 16)
#define SYS_GETINFO	  (KERNEL_CALL + 17)
#define SYS_KILL	  (KERNEL_CALL + 18)
#define SYS_GETKSIG	  (KERNEL_CALL + 19)
#define SYS_ENDKSIG	  (KERNEL_CALL + 20)
#define SYS_SIGSEND	  (KERNEL_CALL + 21)
#define SYS_SIGRETURN	  (KERNEL_CALL + 22)
#define SYS_SCHEDULE	  (KERNEL_CALL + 23)
#define SYS_SCHEDCTL	  (KERNEL_CALL + 24)
#define SYS_RUNCTL	  (KERNEL_CALL + 25)
#define SYS_STIME	  (KERNEL_CALL + 26)
#define SYS_ABORT	  (KERNEL_CALL + 27)
#define SYS_DIAGCTL	  (KERNEL_CALL + 28)
#define NR_SYS_CALLS	  29

#define SYS_CALL_INDEX(type) ((type) - KERNEL_CALL)

/* Notifications and kernel-originated messages. */
#define NOTIFY_MESSAGE	  (NOTIFY_BASE + 0x00) /* see <minix/com.h> */
#define ASYNCM_REPORT	  (NOTIFY_BASE + 0x01) /* reserved */

/* Common requests any service answers (sent by RS, mostly). */
#define COMMON_PING	  (COMMON_BASE + 0x00) /* heartbeat */
#define COMMON_GETSTATE	  (COMMON_BASE + 0x01)

#endif /* !_MINIX_CALLNR_H_ */
