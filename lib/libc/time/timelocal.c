/*
 * timelocal.c: timelocal(): NetBSD's name for mktime() with tm_isdst
 * ignored (determined from the rule).
 */
#include <time.h>

time_t
timelocal(struct tm *tm)
{
	if (tm != NULL)
		tm->tm_isdst = -1;
	return mktime(tm);
}
