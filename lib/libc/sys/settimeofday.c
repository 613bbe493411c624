/*
 * settimeofday.c: settimeofday(2): set CLOCK_REALTIME; the time zone
 * argument is ignored.
 */

#include <errno.h>
#include <sys/time.h>
#include <time.h>

#include "sys_private.h"

int
settimeofday(const struct timeval *__restrict tv, const void *__restrict tz)
{
	struct timespec ts;

	(void)tz;
	if (tv == NULL) {
		errno = EFAULT;
		return -1;
	}
	if (tv->tv_usec < 0 || tv->tv_usec >= 1000000) {
		errno = EINVAL;
		return -1;
	}
	ts.tv_sec = tv->tv_sec;
	ts.tv_nsec = (long)tv->tv_usec * 1000;
	return clock_settime(CLOCK_REALTIME, &ts);
}
