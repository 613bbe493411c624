/*
 * mlockall.c: mlockall(2): lock the whole address space.  Locking is
 * advisory on both ports (see mlock.c): EINVAL unless flags is a
 * non-empty combination of MCL_CURRENT and MCL_FUTURE, otherwise 0.
 */

#include <errno.h>
#include <sys/mman.h>

int
mlockall(int flags)
{
	if (flags == 0 || (flags & ~(MCL_CURRENT | MCL_FUTURE)) != 0) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}
