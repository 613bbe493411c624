/*
 * usleep.c: usleep(3): suspend for a number of microseconds; EINVAL for
 * 1000000 or more (use sleep or nanosleep), EINTR if a signal came.
 */

#include <errno.h>
#include <time.h>
#include <unistd.h>

int
usleep(useconds_t us)
{
	struct timespec ts;

	if (us >= 1000000) {
		errno = EINVAL;
		return -1;
	}
	if (us == 0)
		return 0;
	ts.tv_sec = 0;
	ts.tv_nsec = (long)us * 1000;
	return nanosleep(&ts, NULL);
}
