/*
 * madvise.c: madvise(2): advice about the use of a memory range.
 * Advisory only: EINVAL for unknown advice, an address that is not page
 * aligned or a range that wraps; otherwise 0 and nothing is done.
 */

#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

int
madvise(void *addr, size_t len, int advice)
{
	uintptr_t a = (uintptr_t)addr;

	if (advice < MADV_NORMAL || advice > MADV_FREE ||
	    a % (uintptr_t)getpagesize() != 0 || a + len < a) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}
