/*
 * posix2time.c: posix2time(): the identity (no leap seconds; see
 * time2posix.c).
 */
#include <time.h>

time_t
posix2time(time_t t)
{
	return t;
}
