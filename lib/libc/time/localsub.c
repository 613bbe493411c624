/*
 * localsub.c: convert a time_t to local broken-down time under the
 * current TZ rule.  Entry point: __localsub() for localtime, localtime_r,
 * mktime and ctime.
 */
#include <errno.h>

#include "time_impl.h"

struct tm *
__localsub(const time_t *t, struct tm *tm)
{
	int isdst;

	if (t == NULL || tm == NULL) {
		errno = EFAULT;
		return NULL;
	}
	__tzset_unlocked();
	isdst = __tz_isdst(*t);
	if (__secs_to_tm(*t, isdst ? __tz.dstoff : __tz.stdoff, tm) == NULL)
		return NULL;
	tm->tm_isdst = isdst;
	tm->tm_zone = isdst ? __tz.dstname : __tz.stdname;
	return tm;
}
