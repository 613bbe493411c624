/*
 * tzgetgmtoff.c: tzgetgmtoff() (NetBSD): the offset east of UTC, in
 * seconds, of zone z's standard (isdst 0) or daylight time; 0 for a NULL
 * zone.
 */
#include <stddef.h>

#include "time_impl.h"

long
tzgetgmtoff(timezone_t z, int isdst)
{
	if (z == NULL)
		return 0;
	return isdst ? z->rule.dstoff : z->rule.stdoff;
}
