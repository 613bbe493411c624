/*
 * sleep.c: sleep(3): suspend for a number of seconds; returns the
 * seconds left (rounded up) if a signal interrupted the sleep, else 0.
 */

#include <errno.h>
#include <time.h>
#include <unistd.h>

unsigned int
sleep(unsigned int seconds)
{
	struct timespec req, rem;

	if (seconds == 0)
		return 0;
	req.tv_sec = seconds;
	req.tv_nsec = 0;
	if (nanosleep(&req, &rem) == 0)
		return 0;
	if (errno != EINTR)
		return seconds;
	return (unsigned int)rem.tv_sec + (rem.tv_nsec > 0 ? 1 : 0);
}
