/*
 * gettimeofday.c: gettimeofday(2) on the host port.
 */

#include <sys/time.h>

#include "linux.h"

int
gettimeofday(struct timeval *__restrict tv, void *__restrict tz)
{
	struct l_timeval l;
	int ltz[2];

	if (__linux_ret(
		__lsys2(LNR_gettimeofday, &l, tz != NULL ? ltz : NULL)) < 0)
		return -1;
	if (tv != NULL)
		__linux_tv_back(&l, tv);
	if (tz != NULL) {
		((struct timezone *)tz)->tz_minuteswest = ltz[0];
		((struct timezone *)tz)->tz_dsttime = ltz[1];
	}
	return 0;
}
