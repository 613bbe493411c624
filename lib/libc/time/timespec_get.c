/*
 * timespec_get.c: timespec_get() (C11): the current calendar time for
 * base TIME_UTC (CLOCK_REALTIME).  Returns base, or 0 for another base,
 * a NULL pointer or a clock failure.
 */
#include <stddef.h>
#include <time.h>

int
timespec_get(struct timespec *ts, int base)
{
	if (ts == NULL || base != TIME_UTC ||
	    clock_gettime(CLOCK_REALTIME, ts) == -1)
		return 0;
	return base;
}
