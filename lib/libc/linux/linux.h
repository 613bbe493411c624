/*
 * linux.h: private interface of the host port's system-call layer.
 *
 * The host port runs our libc on Linux x86_64.  Outside, everything is
 * NetBSD's ABI (errno numbers, flag values, signal numbers, struct stat,
 * struct dirent, struct termios ...); inside, these files talk to Linux.
 * This header holds the Linux facts (system-call numbers, constants and
 * kernel structure layouts) and the translation helpers of this folder.
 * Only the files of lib/libc/linux include it.
 */

#ifndef _LIBC_LINUX_H_
#define _LIBC_LINUX_H_

#include <sys/types.h>
#include <sys/time.h>
#include <signal.h>

/* Linux x86_64 system-call numbers. */
#define LNR_read	      0
#define LNR_write	      1
#define LNR_open	      2
#define LNR_close	      3
#define LNR_stat	      4
#define LNR_fstat	      5
#define LNR_lstat	      6
#define LNR_poll	      7
#define LNR_lseek	      8
#define LNR_mmap	      9
#define LNR_mprotect	      10
#define LNR_munmap	      11
#define LNR_brk		      12
#define LNR_rt_sigaction      13
#define LNR_rt_sigprocmask    14
#define LNR_rt_sigreturn      15
#define LNR_ioctl	      16
#define LNR_pread64	      17
#define LNR_pwrite64	      18
#define LNR_readv	      19
#define LNR_writev	      20
#define LNR_access	      21
#define LNR_pipe	      22
#define LNR_select	      23
#define LNR_sched_yield	      24
#define LNR_msync	      26
#define LNR_madvise	      28
#define LNR_dup		      32
#define LNR_dup2	      33
#define LNR_pause	      34
#define LNR_nanosleep	      35
#define LNR_getitimer	      36
#define LNR_alarm	      37
#define LNR_setitimer	      38
#define LNR_getpid	      39
#define LNR_fork	      57
#define LNR_execve	      59
#define LNR_wait4	      61
#define LNR_kill	      62
#define LNR_uname	      63
#define LNR_fcntl	      72
#define LNR_flock	      73
#define LNR_fsync	      74
#define LNR_fdatasync	      75
#define LNR_truncate	      76
#define LNR_ftruncate	      77
#define LNR_getcwd	      79
#define LNR_chdir	      80
#define LNR_fchdir	      81
#define LNR_rename	      82
#define LNR_mkdir	      83
#define LNR_rmdir	      84
#define LNR_link	      86
#define LNR_unlink	      87
#define LNR_symlink	      88
#define LNR_readlink	      89
#define LNR_chmod	      90
#define LNR_fchmod	      91
#define LNR_chown	      92
#define LNR_fchown	      93
#define LNR_lchown	      94
#define LNR_umask	      95
#define LNR_gettimeofday      96
#define LNR_getrlimit	      97
#define LNR_getrusage	      98
#define LNR_times	      100
#define LNR_getuid	      102
#define LNR_getgid	      104
#define LNR_setuid	      105
#define LNR_setgid	      106
#define LNR_geteuid	      107
#define LNR_getegid	      108
#define LNR_setpgid	      109
#define LNR_getppid	      110
#define LNR_getpgrp	      111
#define LNR_setsid	      112
#define LNR_setreuid	      113
#define LNR_setregid	      114
#define LNR_getgroups	      115
#define LNR_setgroups	      116
#define LNR_getpgid	      121
#define LNR_getsid	      124
#define LNR_rt_sigpending     127
#define LNR_rt_sigsuspend     130
#define LNR_sigaltstack	      131
#define LNR_mknod	      133
#define LNR_getpriority	      140
#define LNR_setpriority	      141
#define LNR_setrlimit	      160
#define LNR_chroot	      161
#define LNR_sync	      162
#define LNR_settimeofday      164
#define LNR_reboot	      169
#define LNR_sethostname	      170
#define LNR_setdomainname     171
#define LNR_sched_getaffinity 204
#define LNR_getdents64	      217
#define LNR_clock_settime     227
#define LNR_clock_gettime     228
#define LNR_clock_getres      229
#define LNR_exit_group	      231
#define LNR_utimes	      235
#define LNR_openat	      257
#define LNR_mkdirat	      258
#define LNR_newfstatat	      262
#define LNR_unlinkat	      263
#define LNR_renameat	      264
#define LNR_linkat	      265
#define LNR_symlinkat	      266
#define LNR_readlinkat	      267
#define LNR_fchmodat	      268
#define LNR_faccessat	      269
#define LNR_utimensat	      280
#define LNR_dup3	      292
#define LNR_pipe2	      293
#define LNR_execveat	      322
#define LNR_close_range	      436

/*
 * Raw system calls: the `syscall' instruction with the Linux convention
 * (rax number; rdi, rsi, rdx, r10, r8, r9 arguments; rcx and r11
 * clobbered).  The result is the raw kernel value: -4095..-1 is -errno
 * in Linux numbering; __linux_ret() converts.
 */
static __inline long
__lsys6(long n, long a, long b, long c, long d, long e, long f)
{
	long r;
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;

	__asm__ __volatile__(
	    "syscall"
	    : "=a"(r)
	    : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
	    : "rcx", "r11", "memory");
	return r;
}

#define __lsys0(n)	 __lsys6((n), 0, 0, 0, 0, 0, 0)
#define __lsys1(n, a)	 __lsys6((n), (long)(a), 0, 0, 0, 0, 0)
#define __lsys2(n, a, b) __lsys6((n), (long)(a), (long)(b), 0, 0, 0, 0)
#define __lsys3(n, a, b, c)                                                    \
	__lsys6((n), (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define __lsys4(n, a, b, c, d)                                                 \
	__lsys6((n), (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)

/* The one place where a Linux result becomes errno (NetBSD number). */
long __linux_ret(long);
int __linux_errno(int);
/* Set errno to a NetBSD error and return -1. */
long __linux_fail(int);

/* Linux constants used by the translators. */
#define L_O_WRONLY    01
#define L_O_RDWR      02
#define L_O_CREAT     0100
#define L_O_EXCL      0200
#define L_O_NOCTTY    0400
#define L_O_TRUNC     01000
#define L_O_APPEND    02000
#define L_O_NONBLOCK  04000
#define L_O_DSYNC     010000
#define L_O_ASYNC     020000
#define L_O_DIRECT    040000
#define L_O_LARGEFILE 0100000
#define L_O_DIRECTORY 0200000
#define L_O_NOFOLLOW  0400000
#define L_O_CLOEXEC   02000000
#define L_O_SYNC      04010000
#define L_O_PATH      010000000

#define L_AT_SYMLINK_NOFOLLOW 0x100
#define L_AT_REMOVEDIR	      0x200
#define L_AT_EACCESS	      0x200
#define L_AT_SYMLINK_FOLLOW   0x400

/* Flag translation: NetBSD open flags <-> Linux, and *at() flags. */
int __linux_oflags(int, int *);
int __linux_oflags_back(long);
int __linux_atflags(int, int, int *);

/* Signals: NetBSD numbers outside, Linux numbers inside. */
int __linux_sig(int);	   /* NetBSD -> Linux; -1 if none */
int __linux_sig_back(int); /* Linux -> NetBSD; -1 if none */
void __linux_sigset(const sigset_t *, unsigned long *);
void __linux_sigset_back(unsigned long, sigset_t *);
int __linux_status_back(int); /* wait status */

/* Linux's kernel struct sigaction and siginfo. */
struct l_sigaction {
	void *handler;
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask;
};
#define L_SA_NOCLDSTOP 0x00000001
#define L_SA_NOCLDWAIT 0x00000002
#define L_SA_SIGINFO   0x00000004
#define L_SA_RESTORER  0x04000000
#define L_SA_ONSTACK   0x08000000
#define L_SA_RESTART   0x10000000
#define L_SA_NODEFER   0x40000000
#define L_SA_RESETHAND 0x80000000

struct l_siginfo {
	int signo;
	int err;
	int code;
	int pad;
	union {
		struct {
			int pid;
			unsigned int uid;
			int status;
			int pad2;
			long utime;
			long stime;
		} child;
		struct {
			int pid;
			unsigned int uid;
			void *ptr;
		} rt;
		void *addr;
		struct {
			long band;
			int fd;
		} poll;
		char raw[112];
	} u;
};
void __linux_siginfo_back(const struct l_siginfo *, siginfo_t *);

/* Linux's kernel struct stat (x86_64) and the conversion. */
struct l_stat {
	unsigned long st_dev;
	unsigned long st_ino;
	unsigned long st_nlink;
	unsigned int st_mode;
	unsigned int st_uid;
	unsigned int st_gid;
	unsigned int pad0;
	unsigned long st_rdev;
	long st_size;
	long st_blksize;
	long st_blocks;
	unsigned long st_atime_sec;
	unsigned long st_atime_nsec;
	unsigned long st_mtime_sec;
	unsigned long st_mtime_nsec;
	unsigned long st_ctime_sec;
	unsigned long st_ctime_nsec;
	long unused[3];
};
struct stat;
void __linux_stat_back(const struct l_stat *, struct stat *);
unsigned long __linux_dev(dev_t);
dev_t __linux_dev_back(unsigned long);

/* Linux's kernel timeval (two longs). */
struct l_timeval {
	long tv_sec;
	long tv_usec;
};
void __linux_tv(const struct timeval *, struct l_timeval *);
void __linux_tv_back(const struct l_timeval *, struct timeval *);

#endif /* !_LIBC_LINUX_H_ */
