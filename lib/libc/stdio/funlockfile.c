/*
 * funlockfile: stream locking.  Bulkhead has no threads yet, so there is
 * nothing to exclude and the lock is always granted.
 */
#include "stdio_impl.h"

void
funlockfile(FILE *f)
{
	(void)f;
}
