/*
 * clock_gettime.c: clock_gettime(2) through PM_CLOCK_GETTIME.
 */

#include <time.h>

#include "sys_private.h"

int __pm_clock(int, int, int, const struct timespec *, struct timespec *);

int
clock_gettime(clockid_t id, struct timespec *ts)
{
	return __pm_clock(PM_CLOCK_GETTIME, id, 0, NULL, ts);
}
