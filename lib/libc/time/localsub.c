/*
 * localsub.c: convert a time_t to local broken-down time in a zone.
 * Entry point: __localsub() for localtime, localtime_r, localtime_rz,
 * mktime and ctime.
 */
#include <errno.h>

#include "time_impl.h"

struct tm *
__localsub(const struct __state *z, const time_t *t, struct tm *tm)
{
	long off;
	int isdst;
	char *zone;

	if (z == NULL || t == NULL || tm == NULL) {
		errno = EFAULT;
		return NULL;
	}
	__tz_lookup(z, *t, &off, &isdst, &zone);
	if (__secs_to_tm(*t, off, tm) == NULL)
		return NULL;
	tm->tm_isdst = isdst;
	tm->tm_zone = zone;
	return tm;
}
