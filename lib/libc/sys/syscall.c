/*
 * syscall.c: syscall(2) on Bulkhead.  Bulkhead has no system-call
 * numbers (every call is a message to a server), so there is nothing a
 * NetBSD SYS_xxx number could name: every call fails with ENOSYS.
 */

#include <errno.h>
#include <unistd.h>

int
syscall(int number, ...)
{
	(void)number;
	errno = ENOSYS;
	return -1;
}
