/*
 * posix_madvise.c: posix_madvise(2): advice about the use of a memory
 * range.  Advisory only: the arguments are checked (EINVAL for unknown
 * advice, an address that is not page aligned or a range that wraps)
 * and nothing else is done.  Returns the error number, not -1.
 */

#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

int
posix_madvise(void *addr, size_t len, int advice)
{
	uintptr_t a = (uintptr_t)addr;

	if (advice < POSIX_MADV_NORMAL || advice > POSIX_MADV_DONTNEED)
		return EINVAL;
	if (a % (uintptr_t)getpagesize() != 0 || a + len < a)
		return EINVAL;
	return 0;
}
