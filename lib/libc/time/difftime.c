/*
 * difftime.c: difftime(): t1 - t0 in seconds, exact whenever the
 * difference fits in an int64_t.
 */
#include <stdint.h>
#include <time.h>

double
difftime(time_t t1, time_t t0)
{
	if ((t0 < 0 && t1 > INT64_MAX + t0) || (t0 > 0 && t1 < INT64_MIN + t0))
		return (double)t1 - (double)t0;
	return (double)(t1 - t0);
}
