/*
 * mprotect.c: mprotect(2) through VM_MPROTECT.
 */

#include <errno.h>
#include <sys/mman.h>

#include "sys_private.h"

int __vm_call(int, uint64_t, uint64_t, int, int, int, int64_t, uint64_t *);

int
mprotect(void *addr, size_t len, int prot)
{
	if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) {
		errno = EINVAL;
		return -1;
	}
	return __vm_call(
	    VM_MPROTECT, (uint64_t)(uintptr_t)addr, len, prot, 0, -1, 0, NULL);
}
