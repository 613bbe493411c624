/*
 * timelocal_z.c: timelocal_z() (NetBSD): mktime_z() with tm_isdst
 * decided by the zone.
 */
#include "time_impl.h"

time_t
timelocal_z(timezone_t z, struct tm *tm)
{
	if (tm != NULL)
		tm->tm_isdst = -1;
	return __mktime_z(z, tm);
}
