/*
 * __syscall.c: __syscall(2) on the host port: syscall(2) with a quad_t
 * number and result, for calls returning 64-bit values (SYS_lseek).
 */

#include <sys/syscall.h>
#include <stdarg.h>
#include <unistd.h>

#include "syscall_impl.h"

quad_t
__syscall(quad_t number, ...)
{
	long a[__SYSCALL_NARGS];
	va_list ap;

	va_start(ap, number);
	__syscall_args(ap, a);
	va_end(ap);
	return __netbsd_syscall((long)number, a);
}
