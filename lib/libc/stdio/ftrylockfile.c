/*
 * ftrylockfile: stream locking.  Bulkhead has no threads yet, so there is
 * nothing to exclude and the lock is always granted.
 */
#include "stdio_impl.h"

int
ftrylockfile(FILE *f)
{
	(void)f;
	return 0;
}
