/*
 * syscall_impl.h: the host port's syscall(2) table, shared by syscall()
 * and __syscall() (lib/libc/linux/__netbsd_syscall.c).
 */
#ifndef _SYSCALL_IMPL_H_
#define _SYSCALL_IMPL_H_

#include <stdarg.h>

/* Arguments a NetBSD system call may take. */
#define __SYSCALL_NARGS 6

/*
 * Run NetBSD system call `number' with the arguments in a[] through the
 * libc function of the same name; -1 with errno ENOSYS if the number is
 * not in <sys/syscall.h>'s list.
 */
long __netbsd_syscall(long, const long *);

/*
 * Collect __SYSCALL_NARGS long arguments from ap into a[].  A call takes
 * fewer; as with NetBSD's syscall(2), the extra ones are whatever the
 * argument registers and stack slots hold, and the call ignores them.
 */
static __inline void
__syscall_args(va_list ap, long *a)
{
	int i;

	for (i = 0; i < __SYSCALL_NARGS; i++)
		a[i] = va_arg(ap, long);
}

#endif /* !_SYSCALL_IMPL_H_ */
