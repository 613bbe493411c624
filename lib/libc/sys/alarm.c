/*
 * alarm.c: alarm(3): a one-shot ITIMER_REAL; returns the seconds left of
 * the previous alarm, rounded up.
 */

#include <sys/time.h>
#include <unistd.h>

#include "sys_private.h"

int __pm_itimer(int, int, const struct itimerval *, struct itimerval *);

unsigned int
alarm(unsigned int secs)
{
	struct itimerval it, old;

	memset(&it, 0, sizeof(it));
	it.it_value.tv_sec = secs;
	if (__pm_itimer(ITIMER_REAL, 1, &it, &old) < 0)
		return 0;
	return (unsigned int)old.it_value.tv_sec +
	    (old.it_value.tv_usec > 0 ? 1 : 0);
}
