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

#define PM_BASE	    0x0100
#define VFS_BASE    0x0200
#define VM_BASE	    0x0300
#define RS_BASE	    0x0400
#define DS_BASE	    0x0500
#define FS_BASE	    0x0600
#define CDEV_BASE   0x0700
#define BDEV_BASE   0x0800
#define KERNEL_CALL 0x0900
#define NOTIFY_BASE 0x0a00
#define COMMON_BASE 0x0b00
#define CALL_RANGE  0x0100

#define IS_CALL_IN(type, base)                                                 \
	((type) >= (base) && (type) < (base) + CALL_RANGE)

/* ---- PM calls: owned by the libc helper ---- */
/*
 * PM_xxx = PM_BASE + n; NR_PM_CALLS.  Each names the POSIX call(s) it
 * serves and its request layout (m_lc_pm_*); the reply's m_type is the
 * result or -errno, extra results in the named reply layout.
 * lib/libc/sys/README describes every call.
 */
#define PM_EXIT		 (PM_BASE + 0x00) /* _exit: m_lc_pm_id */
#define PM_FORK		 (PM_BASE + 0x01) /* fork/vfork: none */
#define PM_WAIT4	 (PM_BASE + 0x02) /* wait4: m_lc_pm_id; m_pm_lc_ids */
#define PM_GETPID	 (PM_BASE + 0x03) /* getpid/getppid: ; m_pm_lc_ids */
#define PM_GETUID	 (PM_BASE + 0x04) /* getuid/geteuid: ; m_pm_lc_ids */
#define PM_GETGID	 (PM_BASE + 0x05) /* getgid/getegid: ; m_pm_lc_ids */
#define PM_SETUID	 (PM_BASE + 0x06) /* setuid: m_lc_pm_id */
#define PM_SETEUID	 (PM_BASE + 0x07) /* seteuid: m_lc_pm_id */
#define PM_SETREUID	 (PM_BASE + 0x08) /* setreuid: m_lc_pm_id */
#define PM_SETGID	 (PM_BASE + 0x09) /* setgid: m_lc_pm_id */
#define PM_SETEGID	 (PM_BASE + 0x0a) /* setegid: m_lc_pm_id */
#define PM_SETREGID	 (PM_BASE + 0x0b) /* setregid: m_lc_pm_id */
#define PM_GETGROUPS	 (PM_BASE + 0x0c) /* getgroups: m_lc_pm_id */
#define PM_SETGROUPS	 (PM_BASE + 0x0d) /* setgroups: m_lc_pm_id */
#define PM_SETSID	 (PM_BASE + 0x0e) /* setsid: none */
#define PM_GETSID	 (PM_BASE + 0x0f) /* getsid: m_lc_pm_id */
#define PM_SETPGID	 (PM_BASE + 0x10) /* setpgid: m_lc_pm_id */
#define PM_GETPGID	 (PM_BASE + 0x11) /* getpgid/getpgrp: m_lc_pm_id */
#define PM_KILL		 (PM_BASE + 0x12) /* kill: m_lc_pm_id */
#define PM_SIGACTION	 (PM_BASE + 0x13) /* sigaction: m_lc_pm_sig */
#define PM_SIGPROCMASK	 (PM_BASE + 0x14) /* sigprocmask: m_lc_pm_sig */
#define PM_SIGPENDING	 (PM_BASE + 0x15) /* sigpending: ; m_lc_pm_sig */
#define PM_SIGSUSPEND	 (PM_BASE + 0x16) /* sigsuspend: m_lc_pm_sig */
#define PM_SIGRETURN	 (PM_BASE + 0x17) /* sigreturn: m_lc_pm_sig */
#define PM_EXEC		 (PM_BASE + 0x18) /* execve: m_lc_pm_exec */
#define PM_ITIMER	 (PM_BASE + 0x19) /* [gs]etitimer, alarm: m_lc_pm_time */
#define PM_CLOCK_GETTIME (PM_BASE + 0x1a) /* clock_gettime: m_lc_pm_time */
#define PM_CLOCK_SETTIME (PM_BASE + 0x1b) /* clock_settime: m_lc_pm_time */
#define PM_CLOCK_GETRES	 (PM_BASE + 0x1c) /* clock_getres: m_lc_pm_time */
#define PM_NANOSLEEP	 (PM_BASE + 0x1d) /* nanosleep: m_lc_pm_time */
#define PM_TIMES	 (PM_BASE + 0x1e) /* times: ; m_pm_lc_times */
#define PM_GETRUSAGE	 (PM_BASE + 0x1f) /* getrusage: m_lc_pm_rlimit */
#define PM_GETRLIMIT	 (PM_BASE + 0x20) /* getrlimit: m_lc_pm_rlimit */
#define PM_SETRLIMIT	 (PM_BASE + 0x21) /* setrlimit: m_lc_pm_rlimit */
#define PM_GETPRIORITY	 (PM_BASE + 0x22) /* getpriority: m_lc_pm_rlimit */
#define PM_SETPRIORITY	 (PM_BASE + 0x23) /* setpriority: m_lc_pm_rlimit */
#define PM_SYSUNAME	 (PM_BASE + 0x24) /* uname/sethostname: m_lc_pm_sysuname */
#define PM_REBOOT	 (PM_BASE + 0x25) /* reboot: m_lc_pm_id */
#define PM_SIGALTSTACK	 (PM_BASE + 0x26) /* sigaltstack: m_lc_pm_sig */
#define PM_SIGTIMEDWAIT	 (PM_BASE + 0x27) /* sigtimedwait: m_lc_pm_sig */
#define PM_SIGQUEUE	 (PM_BASE + 0x28) /* sigqueue: m_lc_pm_id */
#define PM_WAITID	 (PM_BASE + 0x29) /* waitid: m_lc_pm_id */
#define PM_GETDOMAINNAME (PM_BASE + 0x2a) /* getdomainname: m_lc_pm_domain */
#define PM_SETDOMAINNAME (PM_BASE + 0x2b) /* setdomainname: m_lc_pm_domain */
#define PM_FEXECVE	 (PM_BASE + 0x2c) /* fexecve: m_lc_pm_fexec */
#define NR_PM_CALLS	 0x2d
/* ---- end of PM calls ---- */

/* ---- VFS calls: owned by the libc helper ---- */
/*
 * VFS_xxx = VFS_BASE + n; NR_VFS_CALLS.  Paths travel as (address,
 * length including the NUL) pairs that VFS copies from the caller.
 */
#define VFS_READ   (VFS_BASE + 0x00) /* read/pread: m_lc_vfs_fd */
#define VFS_WRITE  (VFS_BASE + 0x01) /* write/pwrite: m_lc_vfs_fd */
#define VFS_READV  (VFS_BASE + 0x02) /* readv: m_lc_vfs_fd */
#define VFS_WRITEV (VFS_BASE + 0x03) /* writev: m_lc_vfs_fd */
#define VFS_OPEN   (VFS_BASE + 0x04) /* open/openat/creat: m_lc_vfs_path */
#define VFS_CLOSE  (VFS_BASE + 0x05) /* close: m_lc_vfs_fd */
#define VFS_LSEEK  (VFS_BASE + 0x06) /* lseek: m_lc_vfs_fd; m_vfs_lc_reply */
#define VFS_FSTAT  (VFS_BASE + 0x07) /* fstat: m_lc_vfs_fd */
#define VFS_STAT   (VFS_BASE + 0x08) /* stat/lstat/fstatat: m_lc_vfs_path */
#define VFS_FCNTL  (VFS_BASE + 0x09) /* fcntl/dup: m_lc_vfs_fd */
#define VFS_IOCTL  (VFS_BASE + 0x0a) /* ioctl: m_lc_vfs_fd */
#define VFS_DUP2   (VFS_BASE + 0x0b) /* dup2/dup3: m_lc_vfs_fd */
#define VFS_PIPE2                                                              \
	(VFS_BASE + 0x0c) /* pipe/pipe2: m_lc_vfs_fd; m_vfs_lc_reply */
#define VFS_CHDIR    (VFS_BASE + 0x0d) /* chdir: m_lc_vfs_path */
#define VFS_FCHDIR   (VFS_BASE + 0x0e) /* fchdir: m_lc_vfs_fd */
#define VFS_GETCWD   (VFS_BASE + 0x0f) /* getcwd: m_lc_vfs_fd */
#define VFS_MKDIR    (VFS_BASE + 0x10) /* mkdir/mkdirat: m_lc_vfs_path */
#define VFS_MKNOD    (VFS_BASE + 0x11) /* mknod/mkfifo: m_lc_vfs_path */
#define VFS_UNLINK   (VFS_BASE + 0x12) /* unlink(at), rmdir: m_lc_vfs_path */
#define VFS_RENAME   (VFS_BASE + 0x13) /* rename/renameat: m_lc_vfs_path2 */
#define VFS_LINK     (VFS_BASE + 0x14) /* link/linkat: m_lc_vfs_path2 */
#define VFS_SYMLINK  (VFS_BASE + 0x15) /* symlink/symlinkat: m_lc_vfs_path2 */
#define VFS_READLINK (VFS_BASE + 0x16) /* readlink(at): m_lc_vfs_path */
#define VFS_ACCESS   (VFS_BASE + 0x17) /* access/faccessat: m_lc_vfs_path */
#define VFS_CHMOD    (VFS_BASE + 0x18) /* chmod/fchmodat: m_lc_vfs_path */
#define VFS_FCHMOD   (VFS_BASE + 0x19) /* fchmod: m_lc_vfs_fd */
#define VFS_CHOWN    (VFS_BASE + 0x1a) /* chown/lchown/fchownat: m_lc_vfs_path */
#define VFS_FCHOWN   (VFS_BASE + 0x1b) /* fchown: m_lc_vfs_fd */
#define VFS_UMASK    (VFS_BASE + 0x1c) /* umask: m_lc_vfs_fd */
#define VFS_UTIMENS                                                            \
	(VFS_BASE + 0x1d) /* utimes/utimensat/futimens: m_lc_vfs_path */
#define VFS_TRUNCATE  (VFS_BASE + 0x1e) /* truncate: m_lc_vfs_path */
#define VFS_FTRUNCATE (VFS_BASE + 0x1f) /* ftruncate: m_lc_vfs_fd */
#define VFS_FSYNC     (VFS_BASE + 0x20) /* fsync/fdatasync: m_lc_vfs_fd */
#define VFS_SYNC      (VFS_BASE + 0x21) /* sync: none */
#define VFS_GETDENTS  (VFS_BASE + 0x22) /* getdents: m_lc_vfs_fd */
#define VFS_SELECT    (VFS_BASE + 0x23) /* select: m_lc_vfs_select */
#define VFS_POLL      (VFS_BASE + 0x24) /* poll: m_lc_vfs_fd */
#define VFS_PATHCONF  (VFS_BASE + 0x25) /* pathconf: m_lc_vfs_path */
#define VFS_FPATHCONF (VFS_BASE + 0x26) /* fpathconf: m_lc_vfs_fd */
#define VFS_FLOCK     (VFS_BASE + 0x27) /* flock: m_lc_vfs_fd */
#define VFS_CHROOT    (VFS_BASE + 0x28) /* chroot: m_lc_vfs_path */
#define NR_VFS_CALLS  0x29
/* ---- end of VFS calls ---- */

/* VM requests. */
#define VM_PAGEFAULT   (VM_BASE + 0x00) /* kernel -> VM: m_krn_vm_pagefault */
#define VM_BRK	       (VM_BASE + 0x01)
#define VM_MMAP	       (VM_BASE + 0x02)
#define VM_MUNMAP      (VM_BASE + 0x03)
#define VM_MPROTECT    (VM_BASE + 0x04)
#define VM_FORK	       (VM_BASE + 0x05)
#define VM_EXIT	       (VM_BASE + 0x06)
#define VM_EXEC_NEWMEM (VM_BASE + 0x07)
#define VM_INFO	       (VM_BASE + 0x08)

/* RS requests. */
#define RS_UP	   (RS_BASE + 0x00)
#define RS_DOWN	   (RS_BASE + 0x01)
#define RS_RESTART (RS_BASE + 0x02)
#define RS_REFRESH (RS_BASE + 0x03)
#define RS_UPDATE  (RS_BASE + 0x04)
#define RS_LOOKUP  (RS_BASE + 0x05)
#define RS_INIT	   (RS_BASE + 0x06) /* RS -> service: initialise */

/* DS requests. */
#define DS_PUBLISH   (DS_BASE + 0x00)
#define DS_RETRIEVE  (DS_BASE + 0x01)
#define DS_DELETE    (DS_BASE + 0x02)
#define DS_SUBSCRIBE (DS_BASE + 0x03)
#define DS_CHECK     (DS_BASE + 0x04)

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
#define CDEV_SEL1_REPLY (CDEV_BASE + 0x41)
#define CDEV_SEL2_REPLY (CDEV_BASE + 0x42)

/* Block devices. */
#define BDEV_OPEN    (BDEV_BASE + 0x00)
#define BDEV_CLOSE   (BDEV_BASE + 0x01)
#define BDEV_READ    (BDEV_BASE + 0x02)
#define BDEV_WRITE   (BDEV_BASE + 0x03)
#define BDEV_GATHER  (BDEV_BASE + 0x04)
#define BDEV_SCATTER (BDEV_BASE + 0x05)
#define BDEV_IOCTL   (BDEV_BASE + 0x06)
#define BDEV_REPLY   (BDEV_BASE + 0x40)

/*
 * Kernel calls.  The numbering is the index into the kernel's dispatch
 * table and into the per-service call bitmap (struct priv_rec).
 */
#define SYS_FORK	 (KERNEL_CALL + 0)
#define SYS_EXEC	 (KERNEL_CALL + 1)
#define SYS_EXIT	 (KERNEL_CALL + 2)
#define SYS_CLEAR	 (KERNEL_CALL + 3)
#define SYS_PRIVCTL	 (KERNEL_CALL + 4)
#define SYS_DEVIO	 (KERNEL_CALL + 5)
#define SYS_VDEVIO	 (KERNEL_CALL + 6)
#define SYS_IRQCTL	 (KERNEL_CALL + 7)
#define SYS_SAFECOPYFROM (KERNEL_CALL + 8)
#define SYS_SAFECOPYTO	 (KERNEL_CALL + 9)
#define SYS_VSAFECOPY	 (KERNEL_CALL + 10)
#define SYS_SAFEMEMSET	 (KERNEL_CALL + 11)
#define SYS_SETGRANT	 (KERNEL_CALL + 12)
#define SYS_VMCTL	 (KERNEL_CALL + 13)
#define SYS_UMAP	 (KERNEL_CALL + 14)
#define SYS_TIMES	 (KERNEL_CALL + 15)
#define SYS_SETALARM	 (KERNEL_CALL + 16)
#define SYS_GETINFO	 (KERNEL_CALL + 17)
#define SYS_KILL	 (KERNEL_CALL + 18)
#define SYS_GETKSIG	 (KERNEL_CALL + 19)
#define SYS_ENDKSIG	 (KERNEL_CALL + 20)
#define SYS_SIGSEND	 (KERNEL_CALL + 21)
#define SYS_SIGRETURN	 (KERNEL_CALL + 22)
#define SYS_SCHEDULE	 (KERNEL_CALL + 23)
#define SYS_SCHEDCTL	 (KERNEL_CALL + 24)
#define SYS_RUNCTL	 (KERNEL_CALL + 25)
#define SYS_STIME	 (KERNEL_CALL + 26)
#define SYS_ABORT	 (KERNEL_CALL + 27)
#define SYS_DIAGCTL	 (KERNEL_CALL + 28)
#define NR_SYS_CALLS	 29

#define SYS_CALL_INDEX(type) ((type)-KERNEL_CALL)

/* Notifications and kernel-originated messages. */
#define NOTIFY_MESSAGE (NOTIFY_BASE + 0x00) /* see <minix/com.h> */
#define ASYNCM_REPORT  (NOTIFY_BASE + 0x01) /* reserved */

/* Common requests any service answers (sent by RS, mostly). */
#define COMMON_PING	(COMMON_BASE + 0x00) /* heartbeat */
#define COMMON_GETSTATE (COMMON_BASE + 0x01)

#endif /* !_MINIX_CALLNR_H_ */
