/*
 * setitimer.c: setitimer(2) on the host port: kernel timevals are two
 * longs, NetBSD's tv_usec is an int.
 */

#include <errno.h>
#include <sys/time.h>

#include "linux.h"

int
setitimer(int which, const struct itimerval *__restrict it,
    struct itimerval *__restrict oit)
{
	struct l_timeval l[2], lo[2];

	if (which < ITIMER_REAL || which > ITIMER_PROF)
		return (int)__linux_fail(EINVAL);
	if (it == NULL)
		return (int)__linux_fail(EFAULT);
	__linux_tv(&it->it_interval, &l[0]);
	__linux_tv(&it->it_value, &l[1]);
	if (__linux_ret(__lsys3(LNR_setitimer, which, l, lo)) < 0)
		return -1;
	if (oit != NULL) {
		__linux_tv_back(&lo[0], &oit->it_interval);
		__linux_tv_back(&lo[1], &oit->it_value);
	}
	return 0;
}
