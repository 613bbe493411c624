/*
 * tzgetname.c: tzgetname() (NetBSD): the abbreviation of zone z for
 * standard (isdst 0) or daylight time; NULL (EINVAL) if the zone has no
 * daylight time or z is NULL.
 */
#include <errno.h>

#include "time_impl.h"

const char *
tzgetname(timezone_t z, int isdst)
{
	if (z == NULL || (isdst && !__tz_hasdst(z))) {
		errno = EINVAL;
		return NULL;
	}
	return isdst ? z->rule.dstname : z->rule.stdname;
}
