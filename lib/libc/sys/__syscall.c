/*
 * __syscall.c: __syscall(2) on Bulkhead: as syscall(2), ENOSYS for every
 * number (there are no system-call numbers on a message-passing system).
 */

#include <sys/syscall.h>
#include <errno.h>

quad_t
__syscall(quad_t number, ...)
{
	(void)number;
	errno = ENOSYS;
	return -1;
}
