/*
 * sync.c: sync(2) on the host port.
 */

#include <unistd.h>

#include "linux.h"

void
sync(void)
{
	(void)__lsys0(LNR_sync);
}
