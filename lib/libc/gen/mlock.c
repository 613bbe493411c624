/*
 * mlock.c: mlock(2): lock a range of pages in memory.  Neither port
 * pages memory out (Bulkhead has no pager; the host port does not ask
 * Linux), so after checking the range (EINVAL if it wraps) this only
 * returns 0.
 */

#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

int
mlock(const void *addr, size_t len)
{
	uintptr_t a = (uintptr_t)addr;

	if (a + len < a) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}
