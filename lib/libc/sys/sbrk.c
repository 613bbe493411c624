/*
 * sbrk.c: sbrk(2): move the break by incr bytes and return the old one.
 * The first call asks VM for the current break (VM_BRK with address 0).
 */

#include <errno.h>
#include <stdint.h>
#include <unistd.h>

#include "sys_private.h"

int __vm_call(int, uint64_t, uint64_t, int, int, int, int64_t, uint64_t *);

extern char *__curbrk;

void *
sbrk(intptr_t incr)
{
	uint64_t cur;
	char *old;

	if (__curbrk == NULL) {
		if (__vm_call(VM_BRK, 0, 0, 0, 0, -1, 0, &cur) < 0)
			return (void *)-1;
		__curbrk = (char *)(uintptr_t)cur;
	}
	old = __curbrk;
	if (incr == 0)
		return old;
	if ((incr > 0 && (uintptr_t)old + (uintptr_t)incr < (uintptr_t)old) ||
	    (incr < 0 && (uintptr_t)-incr > (uintptr_t)old)) {
		errno = ENOMEM;
		return (void *)-1;
	}
	if (brk(old + incr) < 0)
		return (void *)-1;
	return old;
}
