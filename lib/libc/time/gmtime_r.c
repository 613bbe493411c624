/*
 * gmtime_r.c: gmtime_r(): UTC broken-down time (proleptic Gregorian, any
 * time_t whose year fits in tm_year; otherwise NULL with EOVERFLOW).
 */
#include <errno.h>

#include "time_impl.h"

static char utc[] = "UTC";

struct tm *
gmtime_r(const time_t *__restrict t, struct tm *__restrict tm)
{
	if (t == NULL || tm == NULL) {
		errno = EFAULT;
		return NULL;
	}
	if (__secs_to_tm(*t, 0, tm) == NULL)
		return NULL;
	tm->tm_isdst = 0;
	tm->tm_zone = utc;
	return tm;
}
