/*
 * clock_getres.c: clock_getres(2) through PM_CLOCK_GETRES.
 */

#include <time.h>

#include "sys_private.h"

int __pm_clock(int, int, int, const struct timespec *, struct timespec *);

int
clock_getres(clockid_t id, struct timespec *ts)
{
	return __pm_clock(PM_CLOCK_GETRES, id, 0, NULL, ts);
}
