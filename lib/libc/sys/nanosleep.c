/*
 * nanosleep.c: nanosleep(2) through PM_NANOSLEEP; a NULL request is
 * EFAULT, a bad tv_nsec EINVAL.
 */

#include <errno.h>
#include <time.h>

#include "sys_private.h"

int __pm_clock(int, int, int, const struct timespec *, struct timespec *);

int
nanosleep(const struct timespec *req, struct timespec *rem)
{
	if (req == NULL) {
		errno = EFAULT;
		return -1;
	}
	if (req->tv_sec < 0) {
		errno = EINVAL;
		return -1;
	}
	return __pm_clock(PM_NANOSLEEP, CLOCK_MONOTONIC, 0, req, rem);
}
