/*
 * nice.c: nice(3): add incr to the process's nice value and return the
 * new one.  -1 is a valid result, so callers clear errno first; errors
 * (EPERM to lower it without privilege) come from setpriority.
 */

#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

int
nice(int incr)
{
	int prio;

	errno = 0;
	prio = getpriority(PRIO_PROCESS, 0);
	if (prio == -1 && errno != 0)
		return -1;
	prio += incr;
	if (prio > PRIO_MAX)
		prio = PRIO_MAX;
	if (prio < PRIO_MIN)
		prio = PRIO_MIN;
	if (setpriority(PRIO_PROCESS, 0, prio) < 0)
		return -1;
	return getpriority(PRIO_PROCESS, 0);
}
