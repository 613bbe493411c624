/*
 * clock_settime.c: clock_settime(2) through PM_CLOCK_SETTIME.
 */

#include <time.h>

#include "sys_private.h"

int __pm_clock(int, int, int, const struct timespec *, struct timespec *);

int
clock_settime(clockid_t id, const struct timespec *ts)
{
	return __pm_clock(PM_CLOCK_SETTIME, id, 0, ts, NULL);
}
