/*
 * settimeofday.c: settimeofday(2) on the host port.
 */

#include <errno.h>
#include <sys/time.h>

#include "linux.h"

int
settimeofday(const struct timeval *__restrict tv, const void *__restrict tz)
{
	struct l_timeval l;

	if (tv == NULL)
		return (int)__linux_fail(EFAULT);
	if (tv->tv_usec < 0 || tv->tv_usec >= 1000000)
		return (int)__linux_fail(EINVAL);
	__linux_tv(tv, &l);
	(void)tz;
	return (int)__linux_ret(__lsys2(LNR_settimeofday, &l, NULL));
}
