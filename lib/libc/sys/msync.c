/*
 * msync.c: msync(2).  VM has no call to write mappings back yet, so a
 * valid request fails ENOSYS; bad flags (both MS_ASYNC and MS_SYNC, or
 * unknown bits) are EINVAL as on NetBSD.
 */

#include <errno.h>
#include <sys/mman.h>

#include "sys_private.h"

int
msync(void *addr, size_t len, int flags)
{
	(void)addr;
	(void)len;
	if ((flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC)) != 0 ||
	    (flags & (MS_ASYNC | MS_SYNC)) == (MS_ASYNC | MS_SYNC)) {
		errno = EINVAL;
		return -1;
	}
	errno = ENOSYS;
	return -1;
}
