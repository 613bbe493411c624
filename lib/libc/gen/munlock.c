/*
 * munlock.c: munlock(2): unlock a range of pages locked by mlock(2).
 * Locking is advisory on both ports (see mlock.c): EINVAL if the range
 * wraps, otherwise 0.
 */

#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

int
munlock(const void *addr, size_t len)
{
	uintptr_t a = (uintptr_t)addr;

	if (a + len < a) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}
