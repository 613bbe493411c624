/*
 * gettimeofday.c: gettimeofday(2): CLOCK_REALTIME in microseconds; the
 * time zone, if asked for, is UTC.
 */

#include <sys/time.h>
#include <time.h>

#include "sys_private.h"

int
gettimeofday(struct timeval *__restrict tv, void *__restrict tzp)
{
	struct timespec ts;
	struct timezone *tz = tzp;

	if (clock_gettime(CLOCK_REALTIME, &ts) < 0)
		return -1;
	if (tv != NULL) {
		tv->tv_sec = ts.tv_sec;
		tv->tv_usec = (suseconds_t)(ts.tv_nsec / 1000);
	}
	if (tz != NULL) {
		tz->tz_minuteswest = 0;
		tz->tz_dsttime = 0;
	}
	return 0;
}
