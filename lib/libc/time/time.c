/*
 * time.c: time(): seconds since the Epoch from CLOCK_REALTIME.
 */
#include <time.h>

time_t
time(time_t *tloc)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_REALTIME, &ts) == -1)
		return (time_t)-1;
	if (tloc != NULL)
		*tloc = ts.tv_sec;
	return ts.tv_sec;
}
