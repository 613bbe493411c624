/*
 * clock_getres.c: clock_getres(2) on the host port: a clock's resolution.
 */

#include <errno.h>
#include <time.h>

#include "linux.h"

int __linux_clock(clockid_t);

int
clock_getres(clockid_t id, struct timespec *ts)
{
	int l = __linux_clock(id);

	if (l < 0)
		return (int)__linux_fail(EINVAL);
	return (int)__linux_ret(__lsys2(LNR_clock_getres, l, ts));
}
