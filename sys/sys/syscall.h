/*
 * <sys/syscall.h>: NetBSD system-call numbers for syscall(2) and
 * __syscall(2).
 *
 * Bulkhead itself has no system-call numbers (every call is a message to
 * a server), so there syscall(2) fails with ENOSYS for every number.  The
 * host port understands the numbers below (NetBSD's values from its
 * syscalls.master) and runs the libc function of the same name; any other
 * number is ENOSYS.  SYS_lseek takes NetBSD's padding argument after the
 * descriptor and is meant for __syscall(2).
 */

#ifndef _SYS_SYSCALL_H_
#define _SYS_SYSCALL_H_

#include <sys/cdefs.h>
#include <sys/types.h>

#define SYS_syscall  0
#define SYS_exit     1
#define SYS_read     3
#define SYS_write    4
#define SYS_open     5
#define SYS_close    6
#define SYS_link     9
#define SYS_unlink   10
#define SYS_chdir    12
#define SYS_fchdir   13
#define SYS_chmod    15
#define SYS_getpid   20
#define SYS_setuid   23
#define SYS_getuid   24
#define SYS_geteuid  25
#define SYS_access   33
#define SYS_sync     36
#define SYS_kill     37
#define SYS_getppid  39
#define SYS_dup	     41
#define SYS_getegid  43
#define SYS_getgid   47
#define SYS_symlink  57
#define SYS_readlink 58
#define SYS_umask    60
#define SYS_chroot   61
#define SYS_dup2     90
#define SYS_fsync    95
#define SYS_fchmod   124
#define SYS_rename   128
#define SYS_mkdir    136
#define SYS_rmdir    137
#define SYS_setsid   147
#define SYS_lseek    199

#define SYS_MAXSYSCALL 512

__BEGIN_DECLS
int syscall(int, ...);
quad_t __syscall(quad_t, ...);
__END_DECLS

#endif /* !_SYS_SYSCALL_H_ */
