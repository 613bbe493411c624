/*
 * getitimer.c: getitimer(2) on the host port.
 */

#include <errno.h>
#include <sys/time.h>

#include "linux.h"

int
getitimer(int which, struct itimerval *it)
{
	struct l_timeval l[2];

	if (which < ITIMER_REAL || which > ITIMER_PROF)
		return (int)__linux_fail(EINVAL);
	if (__linux_ret(__lsys2(LNR_getitimer, which, l)) < 0)
		return -1;
	__linux_tv_back(&l[0], &it->it_interval);
	__linux_tv_back(&l[1], &it->it_value);
	return 0;
}
