/*
 * time2posix.c: time2posix(): Bulkhead's time_t never counts leap seconds,
 * so the conversion is the identity.
 */
#include <time.h>

time_t
time2posix(time_t t)
{
	return t;
}
