/*
 * setlogmask.c: setlogmask(): set the mask of priorities logged
 * (LOG_MASK/LOG_UPTO); 0 leaves it unchanged.  Returns the old mask.
 */
#include <syslog.h>

#include "syslog_impl.h"

int
setlogmask(int mask)
{
	int old = __syslog.mask;

	if (mask != 0)
		__syslog.mask = mask;
	return old;
}
