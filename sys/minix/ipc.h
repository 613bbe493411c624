/*
 * <minix/ipc.h>: the message, the IPC primitives and the SENDA table.
 *
 * A message is 64 bytes, 16-byte aligned: the sender's endpoint (written by
 * the kernel on delivery, never taken from the sender), the type, and a
 * 56-byte union with one named layout per call.  Layout names say
 * sender_receiver_purpose, as in m_lsys_krn_sys_devio ("libsys to kernel,
 * SYS_DEVIO request") or m_krn_lsys_sys_devio (the reply).  Abbreviations:
 * krn kernel, lsys libsys/libminix, lc libc, pm, vfs, vm, rs, ds, fs (a file
 * server), cdev/bdev (device driver).
 *
 * IPC primitives are entered with the `syscall' instruction:
 *	rdi = primitive, rsi = endpoint (SENDA: entry count),
 *	rdx = message (SENDA: table) address;  rax = 0 or -errno.
 */

#ifndef _MINIX_IPC_H_
#define _MINIX_IPC_H_

#include <stddef.h>
#include <stdint.h>
#include <minix/com.h>
#include <minix/safecopies.h>

/* IPC primitives (rdi). */
#define SEND	     1 /* block until the destination receives */
#define RECEIVE	     2 /* block until a message arrives (from ep or ANY) */
#define SENDREC	     3 /* SEND, then RECEIVE from the same ep, atomically */
#define NOTIFY	     4 /* set a pending bit at ep; never blocks */
#define SENDNB	     5 /* SEND, or ENOTREADY if ep is not receiving */
#define SENDA	     6 /* asynchronous sends from a table in my memory */
#define REPLYRECV    7 /* SENDNB to ep, then RECEIVE from ANY */
#define NR_IPC_PRIMS 8

#define IPC_PRIM_BIT(p) (1u << (p))

#define _M_PAYLOAD 56
#define _M_ASSERT(t)                                                           \
	_Static_assert(sizeof(t) == _M_PAYLOAD, #t " must be 56 bytes")

/* Generic layouts. */
typedef struct {
	uint8_t m_u8[56];
} mess_u8;
_M_ASSERT(mess_u8);
typedef struct {
	uint32_t m_u32[14];
} mess_u32;
_M_ASSERT(mess_u32);
typedef struct {
	uint64_t m_u64[7];
} mess_u64;
_M_ASSERT(mess_u64);

/* Kernel -> anybody: a notification (see <minix/com.h>). */
typedef struct {
	uint64_t timestamp;  /* uptime in ticks */
	uint64_t interrupts; /* HARDWARE: IRQ hook ids that fired */
	uint64_t sigset;     /* SYSTEM: pending kernel signals */
	uint32_t flags;	     /* SYSTEM: NOTIFY_KSIG */
	uint8_t padding[28];
} mess_notify;
_M_ASSERT(mess_notify);

/*
 * Kernel -> VM: a page is missing; endpt is stopped until VM resumes it
 * with VMCTL_CLEAR_PAGEFAULT.  For a user page fault target == endpt.  With
 * VMPF_KCOPY in err, a kernel copy made for endpt (SAFECOPY and friends)
 * met the missing page in target's memory: VM maps it in target, then
 * resumes endpt, whose call starts over (a second miss on the same page
 * fails the call with EFAULT).
 */
#define VMPF_PRESENT 0x01	 /* err: page present (protection fault) */
#define VMPF_WRITE   0x02	 /* err: write access */
#define VMPF_USER    0x04	 /* err: user-mode access */
#define VMPF_KCOPY   0x80000000u /* err: kernel copy on endpt's behalf */

typedef struct {
	endpoint_t endpt;  /* stopped process, to resume */
	uint32_t err;	   /* x86 page-fault error code | VMPF_KCOPY */
	uint64_t addr;	   /* missing address (CR2) */
	uint64_t ip;	   /* faulting instruction (0 for VMPF_KCOPY) */
	endpoint_t target; /* address space the page is missing in */
	uint8_t padding[28];
} mess_krn_vm_pagefault;
_M_ASSERT(mess_krn_vm_pagefault);

/*
 * Kernel calls.  Requests are m_lsys_krn_<call>, replies m_krn_lsys_<call>
 * (the kernel writes them back into the caller's message).
 */
typedef struct {
	endpoint_t endpt; /* parent */
	int slot;	  /* wanted child slot, or -1 for any */
	uint32_t flags;
	uint8_t padding[44];
} mess_lsys_krn_sys_fork;
_M_ASSERT(mess_lsys_krn_sys_fork);

typedef struct {
	endpoint_t endpt; /* child */
	int slot;
	uint8_t padding[48];
} mess_krn_lsys_sys_fork;
_M_ASSERT(mess_krn_lsys_sys_fork);

typedef struct {
	endpoint_t endpt;
	uint32_t padding0;
	uint64_t ip;	 /* new entry point */
	uint64_t sp;	 /* new stack pointer */
	uint64_t ps_str; /* passed in rdi to the new image */
	uint64_t name;	 /* address of a NUL-terminated name, or 0 */
	uint8_t padding[16];
} mess_lsys_krn_sys_exec;
_M_ASSERT(mess_lsys_krn_sys_exec);

/* SYS_EXIT, SYS_CLEAR, SYS_ENDKSIG, SYS_GETKSIG reply, ... */
typedef struct {
	endpoint_t endpt;
	uint32_t padding0;
	uint64_t sigset; /* SYS_GETKSIG reply */
	uint8_t padding[40];
} mess_lsys_krn_endpt;
_M_ASSERT(mess_lsys_krn_endpt);

typedef struct {
	endpoint_t endpt;
	int request;  /* SYS_PRIV_xxx */
	uint64_t arg; /* address of a struct priv_rec or range */
	uint8_t padding[40];
} mess_lsys_krn_sys_privctl;
_M_ASSERT(mess_lsys_krn_sys_privctl);

typedef struct {
	int request; /* DIO_xxx: direction | size */
	uint32_t port;
	uint32_t value; /* output value, or input result in the reply */
	uint8_t padding[44];
} mess_lsys_krn_sys_devio;
_M_ASSERT(mess_lsys_krn_sys_devio);

typedef struct {
	int request;	   /* DIO_xxx */
	uint32_t vec_size; /* number of struct pv_entry */
	uint64_t vec_addr;
	uint8_t padding[40];
} mess_lsys_krn_sys_vdevio;
_M_ASSERT(mess_lsys_krn_sys_vdevio);

typedef struct {
	int request; /* IRQ_SETPOLICY, IRQ_RMPOLICY, IRQ_ENABLE, ... */
	int vector;  /* IRQ line */
	int policy;  /* IRQ_REENABLE ... */
	int hook_id; /* in: bit to report; out: kernel hook handle */
	uint8_t padding[40];
} mess_lsys_krn_sys_irqctl;
_M_ASSERT(mess_lsys_krn_sys_irqctl);

/* SYS_SAFECOPYFROM / SYS_SAFECOPYTO. */
typedef struct {
	endpoint_t src_endpt; /* granter */
	cp_grant_id_t gid;
	uint64_t offset;  /* into the grant */
	uint64_t address; /* in the caller's memory */
	uint64_t bytes;
	uint8_t padding[24];
} mess_lsys_krn_sys_safecopy;
_M_ASSERT(mess_lsys_krn_sys_safecopy);

typedef struct {
	uint64_t vec_addr; /* struct vscp_vec[] */
	uint32_t vec_size;
	uint8_t padding[44];
} mess_lsys_krn_sys_vsafecopy;
_M_ASSERT(mess_lsys_krn_sys_vsafecopy);

typedef struct {
	endpoint_t ep; /* granter */
	cp_grant_id_t gid;
	uint64_t offset;
	uint64_t count;
	int pattern; /* byte value */
	uint8_t padding[28];
} mess_lsys_krn_sys_safememset;
_M_ASSERT(mess_lsys_krn_sys_safememset);

typedef struct {
	uint64_t addr; /* grant table (cp_grant_t[]) or 0 */
	uint32_t size; /* number of entries */
	uint8_t padding[44];
} mess_lsys_krn_sys_setgrant;
_M_ASSERT(mess_lsys_krn_sys_setgrant);

typedef struct {
	endpoint_t endpt;
	int param; /* VMCTL_xxx */
	uint64_t value;
	uint64_t value2;
	uint64_t value3;
	uint64_t value4;
	uint8_t padding[16];
} mess_lsys_krn_sys_vmctl;
_M_ASSERT(mess_lsys_krn_sys_vmctl);

typedef struct {
	endpoint_t src_endpt;
	int segment;
	uint64_t src_addr;
	uint64_t nr_bytes;
	uint64_t dst_addr; /* reply: physical address */
	uint8_t padding[24];
} mess_lsys_krn_sys_umap;
_M_ASSERT(mess_lsys_krn_sys_umap);

typedef struct {
	endpoint_t endpt;
	uint32_t padding0;
	uint64_t user_time; /* reply fields, in ticks */
	uint64_t system_time;
	uint64_t boot_ticks; /* uptime */
	uint64_t real_ticks;
	uint64_t boot_time; /* seconds since the epoch at boot */
	uint8_t padding[8];
} mess_krn_lsys_sys_times;
_M_ASSERT(mess_krn_lsys_sys_times);

typedef struct {
	uint64_t exp_time;  /* ticks */
	uint64_t time_left; /* reply: ticks left of the previous alarm */
	int abs_time;	    /* exp_time is absolute uptime */
	uint8_t padding[36];
} mess_lsys_krn_sys_setalarm;
_M_ASSERT(mess_lsys_krn_sys_setalarm);

typedef struct {
	int request; /* GET_xxx */
	endpoint_t endpt;
	uint64_t val_ptr; /* buffer in the caller's memory */
	uint64_t val_len;
	uint64_t val_ptr2;
	uint8_t padding[24];
} mess_lsys_krn_sys_getinfo;
_M_ASSERT(mess_lsys_krn_sys_getinfo);

typedef struct {
	endpoint_t endpt;
	int signr;
	uint8_t padding[48];
} mess_lsys_krn_sys_kill;
_M_ASSERT(mess_lsys_krn_sys_kill);

/* SYS_SIGSEND / SYS_SIGRETURN: the struct sigmsg lives in PM's memory. */
typedef struct {
	endpoint_t endpt;
	uint32_t padding0;
	uint64_t sigctx; /* address of a struct sigmsg */
	uint8_t padding[40];
} mess_lsys_krn_sys_sigsend;
_M_ASSERT(mess_lsys_krn_sys_sigsend);

typedef struct {
	endpoint_t endpt;
	int priority;
	int quantum; /* ms */
	int cpu;
	uint32_t flags;
	uint8_t padding[36];
} mess_lsys_krn_sys_schedule;
_M_ASSERT(mess_lsys_krn_sys_schedule);

typedef struct {
	endpoint_t endpt;
	int action; /* RC_STOP, RC_RESUME */
	int flags;  /* RC_DELAY */
	uint8_t padding[44];
} mess_lsys_krn_sys_runctl;
_M_ASSERT(mess_lsys_krn_sys_runctl);

typedef struct {
	uint64_t boot_time; /* seconds since the epoch */
	uint8_t padding[48];
} mess_lsys_krn_sys_stime;
_M_ASSERT(mess_lsys_krn_sys_stime);

typedef struct {
	int how;    /* RBT_xxx */
	int status; /* RBT_QEMU_EXIT: exit code */
	uint8_t padding[48];
} mess_lsys_krn_sys_abort;
_M_ASSERT(mess_lsys_krn_sys_abort);

typedef struct {
	int code; /* DIAGCTL_CODE_xxx */
	uint32_t len;
	uint64_t buf;
	uint8_t padding[40];
} mess_lsys_krn_sys_diagctl;
_M_ASSERT(mess_lsys_krn_sys_diagctl);

/* Common requests. */
typedef struct {
	int status;
	uint8_t padding[52];
} mess_common_reply;
_M_ASSERT(mess_common_reply);

/* Devices (VFS/FS <-> drivers): grants move the data. */
typedef struct {
	int minor;
	cp_grant_id_t grant;
	endpoint_t user; /* on whose behalf */
	int id;		 /* request id echoed in the reply */
	uint64_t pos;
	uint64_t count;
	uint64_t request; /* ioctl */
	uint32_t access;  /* open flags / select ops */
	uint32_t flags;
	uint8_t padding[8];
} mess_vfs_cdev_request;
_M_ASSERT(mess_vfs_cdev_request);

typedef struct {
	int id;
	int status; /* bytes, or -errno */
	uint8_t padding[48];
} mess_cdev_vfs_reply;
_M_ASSERT(mess_cdev_vfs_reply);

typedef struct {
	int minor;
	cp_grant_id_t grant;
	uint64_t pos;
	uint64_t count;	  /* bytes, or iovec count for GATHER/SCATTER */
	uint64_t request; /* ioctl */
	int id;
	uint32_t access;
	endpoint_t user;
	uint8_t padding[12];
} mess_lbdev_bdev_request;
_M_ASSERT(mess_lbdev_bdev_request);

typedef struct {
	int id;
	int status;
	uint8_t padding[48];
} mess_bdev_lbdev_reply;
_M_ASSERT(mess_bdev_lbdev_reply);

/* DS. */
typedef struct {
	char key[32];
	endpoint_t endpt;
	uint32_t flags;
	uint64_t value;
	uint8_t padding[8];
} mess_ds_request;
_M_ASSERT(mess_ds_request);

/* RS. */
typedef struct {
	uint64_t addr; /* request text in the caller's memory */
	uint32_t len;
	endpoint_t endpt;
	uint8_t padding[40];
} mess_rs_request;
_M_ASSERT(mess_rs_request);

/* ---- PM and VFS layouts: owned by the libc helper ---- */
#define _MINIX_PM_VFS_LAYOUTS /* union members for these go below */

/* libc -> PM: calls about one process or id (kill, setuid, wait4 ...). */
typedef struct {
	int pid; /* kill/wait4/getsid/setpgid/getpgid; _exit: status */
	int arg; /* kill: signal; setpgid: pgid; wait4: options; reboot: howto
		  */
	uint32_t id;   /* set*id: the (real) id; getgroups/setgroups: count */
	uint32_t id2;  /* setre*id: the effective id */
	uint64_t addr; /* wait4: struct rusage *; *groups: gid_t[] */
	uint8_t padding[32];
} mess_lc_pm_id;
_M_ASSERT(mess_lc_pm_id);

/* PM -> libc: ids and statuses (getpid, getuid, wait4 ...). */
typedef struct {
	int pid;	     /* getpid: pid; wait4: child's pid */
	int ppid;	     /* getpid: parent's pid */
	uint32_t ruid, euid; /* getuid */
	uint32_t rgid, egid; /* getgid */
	int status;	     /* wait4: the wait status */
	uint8_t padding[28];
} mess_pm_lc_ids;
_M_ASSERT(mess_pm_lc_ids);

/* libc -> PM: signal calls. */
typedef struct {
	int sig; /* sigaction: signal */
	int how; /* sigprocmask: SIG_BLOCK ... */
	uint64_t
	    act; /* sigaction: const struct sigaction *; sigreturn: context */
	uint64_t oact;	/* sigaction: struct sigaction * or 0 */
	uint64_t tramp; /* sigaction: libc's return trampoline */
	uint32_t
	    set[4]; /* sigprocmask/sigsuspend: mask; replies: old/pending */
	uint8_t padding[8];
} mess_lc_pm_sig;
_M_ASSERT(mess_lc_pm_sig);

/* libc -> PM: execve. */
typedef struct {
	uint64_t path;	  /* address of the path */
	uint64_t pathlen; /* including the NUL */
	uint64_t argv;	  /* char *const argv[] in the caller */
	uint64_t envp;	  /* char *const envp[] in the caller */
	uint8_t padding[24];
} mess_lc_pm_exec;
_M_ASSERT(mess_lc_pm_exec);

/* libc -> PM and back: clocks, timers and sleeping. */
typedef struct {
	int which;    /* clock id, or ITIMER_xxx */
	int flags;    /* ITIMER: 1 = set; NANOSLEEP: TIMER_ABSTIME */
	int64_t sec;  /* the time, or it_value (reply: old/remaining) */
	int64_t nsec; /* nanoseconds (it_value's microseconds * 1000) */
	int64_t isec; /* ITIMER: it_interval */
	int64_t insec;
	uint8_t padding[16];
} mess_lc_pm_time;
_M_ASSERT(mess_lc_pm_time);

/* PM -> libc: times(3), in clock ticks. */
typedef struct {
	uint64_t utime, stime, cutime, cstime;
	uint64_t uptime;
	uint8_t padding[16];
} mess_pm_lc_times;
_M_ASSERT(mess_pm_lc_times);

/* libc -> PM and back: limits, usage and priority. */
typedef struct {
	int resource;  /* RLIMIT_xxx; getrusage: who; *priority: which */
	int who;       /* *priority: who; setpriority: in prio */
	uint64_t cur;  /* rlim_cur (in for set, out for get) */
	uint64_t max;  /* rlim_max */
	uint64_t addr; /* getrusage: struct rusage * */
	int prio;      /* setpriority: the value; getpriority: reply */
	uint8_t padding[20];
} mess_lc_pm_rlimit;
_M_ASSERT(mess_lc_pm_rlimit);

/* libc -> PM: read or set one uname field (0 sysname .. 4 machine). */
typedef struct {
	int field;
	int set; /* 0: copy the field out; 1: set it (nodename only) */
	uint64_t addr;
	uint64_t len;
	uint8_t padding[32];
} mess_lc_pm_sysuname;
_M_ASSERT(mess_lc_pm_sysuname);

/* libc -> PM: get or set the domain name (getdomainname/setdomainname). */
typedef struct {
	uint64_t addr; /* the caller's buffer or name */
	uint64_t len;  /* get: buffer size; set: name length without NUL */
	uint8_t padding[40];
} mess_lc_pm_domain;
_M_ASSERT(mess_lc_pm_domain);

/* libc -> PM: fexecve, execute the file open on descriptor fd. */
typedef struct {
	int fd; /* the caller's descriptor, resolved by VFS */
	int padding0;
	uint64_t argv; /* char *const argv[] in the caller */
	uint64_t envp; /* char *const envp[] in the caller */
	uint8_t padding[32];
} mess_lc_pm_fexec;
_M_ASSERT(mess_lc_pm_fexec);

/* libc -> VFS: calls on a descriptor (read, lseek, fcntl, ioctl ...). */
typedef struct {
	int fd;
	int cmd; /* fcntl: F_xxx; dup2: target fd; umask: mask; flock: op */
	uint64_t buf;	/* data, iovec[], struct stat *, pollfd[], arg */
	uint64_t len;	/* bytes, iovec count, nfds; ioctl: request */
	int64_t offset; /* pread/pwrite/lseek/ftruncate; -1: current */
	uint64_t arg;	/* fcntl/ioctl argument; lseek: whence; poll: timeout */
	int flags;	/* O_CLOEXEC ... for dup3/pipe2; fchmod: mode */
	uint32_t id2;	/* fchown: gid (uid in cmd) */
	uint8_t padding[8];
} mess_lc_vfs_fd;
_M_ASSERT(mess_lc_vfs_fd);

/* libc -> VFS: calls on a path, relative to dirfd (AT_FDCWD). */
typedef struct {
	int dirfd;
	int flags;     /* O_xxx for open; AT_xxx for the *at family */
	uint64_t path; /* address of the path */
	uint64_t len;  /* including the NUL */
	uint32_t mode; /* open/mkdir/mknod/chmod mode; access: amode */
	uint32_t id2;  /* chown: gid */
	uint64_t arg;  /* stat: struct stat *; mknod: dev; readlink: buf;
			  truncate: length; utimens: timespec[2]; chown: uid */
	uint64_t arg2; /* readlink: buffer size */
	uint8_t padding[8];
} mess_lc_vfs_path;
_M_ASSERT(mess_lc_vfs_path);

/* libc -> VFS: calls with two paths (rename, link, symlink). */
typedef struct {
	int fd1, fd2;	      /* directory fds; symlink: fd1 unused */
	uint64_t path1, len1; /* source, or the symlink's contents */
	uint64_t path2, len2; /* target name */
	int flags;	      /* linkat: AT_SYMLINK_FOLLOW */
	uint8_t padding[12];
} mess_lc_vfs_path2;
_M_ASSERT(mess_lc_vfs_path2);

/* libc -> VFS: select. */
typedef struct {
	int nfds;
	uint32_t padding0;
	uint64_t readfds, writefds, errorfds; /* fd_set * or 0 */
	uint64_t timeout;		      /* struct timeval * or 0 */
	uint8_t padding[16];
} mess_lc_vfs_select;
_M_ASSERT(mess_lc_vfs_select);

/* VFS -> libc: results that do not fit in m_type. */
typedef struct {
	int64_t offset; /* lseek: the new offset */
	int fds[2];	/* pipe2: read and write ends */
	uint8_t padding[40];
} mess_vfs_lc_reply;
_M_ASSERT(mess_vfs_lc_reply);

/* libc -> VM: brk and the mmap family (VM_BRK, VM_MMAP, ...). */
typedef struct {
	uint64_t addr; /* brk: new break; mmap: hint; reply: result */
	uint64_t len;
	int prot;
	int flags; /* MAP_xxx */
	int fd;
	uint32_t padding0;
	int64_t offset;
	uint8_t padding[16];
} mess_lc_vm_mmap;
_M_ASSERT(mess_lc_vm_mmap);
/* ---- end of PM and VFS layouts ---- */

typedef struct {
	_Alignas(16) endpoint_t m_source; /* sender, written by the kernel */
	int m_type;			  /* call number or reply status */
	union {
		mess_u8 m_u8;
		mess_u32 m_u32;
		mess_u64 m_u64;
		mess_notify m_notify;
		mess_krn_vm_pagefault m_krn_vm_pagefault;
		mess_lsys_krn_sys_fork m_lsys_krn_sys_fork;
		mess_krn_lsys_sys_fork m_krn_lsys_sys_fork;
		mess_lsys_krn_sys_exec m_lsys_krn_sys_exec;
		mess_lsys_krn_endpt m_lsys_krn_endpt;
		mess_lsys_krn_sys_privctl m_lsys_krn_sys_privctl;
		mess_lsys_krn_sys_devio m_lsys_krn_sys_devio;
		mess_lsys_krn_sys_vdevio m_lsys_krn_sys_vdevio;
		mess_lsys_krn_sys_irqctl m_lsys_krn_sys_irqctl;
		mess_lsys_krn_sys_safecopy m_lsys_krn_sys_safecopy;
		mess_lsys_krn_sys_vsafecopy m_lsys_krn_sys_vsafecopy;
		mess_lsys_krn_sys_safememset m_lsys_krn_sys_safememset;
		mess_lsys_krn_sys_setgrant m_lsys_krn_sys_setgrant;
		mess_lsys_krn_sys_vmctl m_lsys_krn_sys_vmctl;
		mess_lsys_krn_sys_umap m_lsys_krn_sys_umap;
		mess_krn_lsys_sys_times m_krn_lsys_sys_times;
		mess_lsys_krn_sys_setalarm m_lsys_krn_sys_setalarm;
		mess_lsys_krn_sys_getinfo m_lsys_krn_sys_getinfo;
		mess_lsys_krn_sys_kill m_lsys_krn_sys_kill;
		mess_lsys_krn_sys_sigsend m_lsys_krn_sys_sigsend;
		mess_lsys_krn_sys_schedule m_lsys_krn_sys_schedule;
		mess_lsys_krn_sys_runctl m_lsys_krn_sys_runctl;
		mess_lsys_krn_sys_stime m_lsys_krn_sys_stime;
		mess_lsys_krn_sys_abort m_lsys_krn_sys_abort;
		mess_lsys_krn_sys_diagctl m_lsys_krn_sys_diagctl;
		mess_common_reply m_common_reply;
		mess_vfs_cdev_request m_vfs_cdev_request;
		mess_cdev_vfs_reply m_cdev_vfs_reply;
		mess_lbdev_bdev_request m_lbdev_bdev_request;
		mess_bdev_lbdev_reply m_bdev_lbdev_reply;
		mess_ds_request m_ds_request;
		mess_rs_request m_rs_request;
		/* ---- PM and VFS union members: owned by the libc helper ----
		 */
		mess_lc_pm_id m_lc_pm_id;
		mess_pm_lc_ids m_pm_lc_ids;
		mess_lc_pm_sig m_lc_pm_sig;
		mess_lc_pm_exec m_lc_pm_exec;
		mess_lc_pm_time m_lc_pm_time;
		mess_pm_lc_times m_pm_lc_times;
		mess_lc_pm_rlimit m_lc_pm_rlimit;
		mess_lc_pm_sysuname m_lc_pm_sysuname;
		mess_lc_pm_domain m_lc_pm_domain;
		mess_lc_pm_fexec m_lc_pm_fexec;
		mess_lc_vfs_fd m_lc_vfs_fd;
		mess_lc_vfs_path m_lc_vfs_path;
		mess_lc_vfs_path2 m_lc_vfs_path2;
		mess_lc_vfs_select m_lc_vfs_select;
		mess_vfs_lc_reply m_vfs_lc_reply;
		mess_lc_vm_mmap m_lc_vm_mmap;
		/* ---- end of PM and VFS union members ---- */
	};
} message;

_Static_assert(sizeof(message) == 64, "message must be 64 bytes");
_Static_assert(_Alignof(message) == 16, "message must be 16-byte aligned");
_Static_assert(offsetof(message, m_u8) == 8, "payload at offset 8");

/*
 * SENDA: a table of asynmsg_t in the sender's memory.  The kernel tries each
 * entry with AMF_VALID and without AMF_DONE: it delivers it if the
 * destination is receiving, otherwise keeps it pending and retries when the
 * destination next receives.  On completion it writes result and sets
 * AMF_DONE; with AMF_NOTIFY it also notifies the sender from ASYNCM.
 * Calling SENDA again replaces the table; count 0 cancels it.
 */
#define AMF_VALID   0x01 /* entry in use */
#define AMF_DONE    0x02 /* kernel: delivered or failed; see result */
#define AMF_NOTIFY  0x04 /* notify the sender (from ASYNCM) when done */
#define AMF_NOREPLY 0x08 /* reserved */

typedef struct {
	uint32_t flags; /* AMF_xxx */
	endpoint_t dst;
	int result; /* kernel: 0 or -errno */
	uint32_t padding;
	message msg;
} asynmsg_t;
_Static_assert(sizeof(asynmsg_t) == 80, "asynmsg_t must be 80 bytes");
#define NR_ASYNC_MAX 64 /* entries per table */

#endif /* !_MINIX_IPC_H_ */
