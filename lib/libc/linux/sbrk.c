/*
 * sbrk.c: sbrk(2) on the host port: grow or shrink the data segment by
 * incr bytes and return the old break.
 */

#include <errno.h>
#include <stdint.h>
#include <unistd.h>

#include "linux.h"

extern char *__curbrk;

void *
sbrk(intptr_t incr)
{
	char *old;

	if (__curbrk == NULL)
		__curbrk = (char *)__lsys1(LNR_brk, 0);
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
