/*
 * syscall.c: syscall(2) on the host port: the NetBSD system-call numbers
 * of <sys/syscall.h> (see __netbsd_syscall.c); others are ENOSYS.
 */

#include <sys/syscall.h>
#include <stdarg.h>
#include <unistd.h>

#include "syscall_impl.h"

int
syscall(int number, ...)
{
	long a[__SYSCALL_NARGS];
	va_list ap;

	va_start(ap, number);
	__syscall_args(ap, a);
	va_end(ap);
	return (int)__netbsd_syscall(number, a);
}
