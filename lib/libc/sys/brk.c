/*
 * brk.c: brk(2) through VM_BRK; also keeps the current break for
 * sbrk(2).
 */

#include <unistd.h>

#include "sys_private.h"

int __vm_call(int, uint64_t, uint64_t, int, int, int, int64_t, uint64_t *);

char *__curbrk;

int
brk(void *addr)
{
	uint64_t nb;
	uint64_t want = (uint64_t)(uintptr_t)addr;

	if (__vm_call(VM_BRK, want, 0, 0, 0, -1, 0, &nb) < 0)
		return -1;
	__curbrk = (char *)(uintptr_t)nb;
	return 0;
}
