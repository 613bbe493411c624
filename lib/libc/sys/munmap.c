/*
 * munmap.c: munmap(2) through VM_MUNMAP.
 */

#include <errno.h>
#include <sys/mman.h>

#include "sys_private.h"

int __vm_call(int, uint64_t, uint64_t, int, int, int, int64_t, uint64_t *);

int
munmap(void *addr, size_t len)
{
	if (len == 0) {
		errno = EINVAL;
		return -1;
	}
	return __vm_call(
	    VM_MUNMAP, (uint64_t)(uintptr_t)addr, len, 0, 0, -1, 0, NULL);
}
