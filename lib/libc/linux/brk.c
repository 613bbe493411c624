/*
 * brk.c: brk(2) and the program break shared with sbrk(2) on the host
 * port.  Linux's brk returns the new break, or the old one on failure.
 */

#include <errno.h>
#include <unistd.h>

#include "linux.h"

char *__curbrk;

int
brk(void *addr)
{
	long r = __lsys1(LNR_brk, addr);

	if ((void *)r != addr) {
		__curbrk = (char *)r;
		errno = ENOMEM;
		return -1;
	}
	__curbrk = (char *)r;
	return 0;
}
