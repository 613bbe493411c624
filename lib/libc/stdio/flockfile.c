/*
 * flockfile: stream locking.  Bulkhead has no threads yet, so there is
 * nothing to exclude and the lock is always granted.
 */
#include "stdio_impl.h"

void
flockfile(FILE *f)
{
	(void)f;
}
