/*
 * sbrk.c: sbrk(2): move the break by incr bytes and return the old one;
 * ENOMEM if the new break would wrap around the address space.  The
 * first call asks the system-call layer for the current break
 * (__brk_query); brk(2) moves it.
 */

#include <errno.h>
#include <stdint.h>
#include <unistd.h>

#include "libc_private.h"

void *
sbrk(intptr_t incr)
{
	char *old;

	if (__curbrk == NULL && (__curbrk = __brk_query()) == NULL)
		return (void *)-1;
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
