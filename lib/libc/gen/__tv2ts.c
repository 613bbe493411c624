/*
 * __tv2ts.c: convert a struct timeval[2] argument of futimes/lutimes to
 * the struct timespec[2] of utimensat; EINVAL for a bad tv_usec.
 */

#include <errno.h>
#include <stddef.h>
#include <sys/time.h>

#include "libc_private.h"

int
__tv2ts(const struct timeval *tv, struct timespec *ts)
{
	int i;

	for (i = 0; i < 2; i++) {
		if (tv[i].tv_usec < 0 || tv[i].tv_usec >= 1000000) {
			errno = EINVAL;
			return -1;
		}
		ts[i].tv_sec = tv[i].tv_sec;
		ts[i].tv_nsec = (long)tv[i].tv_usec * 1000;
	}
	return 0;
}
