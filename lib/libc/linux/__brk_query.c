/*
 * __brk_query.c: the current break on the host port (Linux's brk(0)
 * returns it), for sbrk(2) in lib/libc/gen.
 */

#include "libc_private.h"
#include "linux.h"

char *
__brk_query(void)
{
	return (char *)__lsys1(LNR_brk, 0);
}
