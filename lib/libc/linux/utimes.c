/*
 * utimes.c: utimes(2) on the host port.
 */

#include <sys/time.h>

#include "linux.h"

int
utimes(const char *path, const struct timeval tv[2])
{
	struct l_timeval l[2];

	if (tv != NULL) {
		__linux_tv(&tv[0], &l[0]);
		__linux_tv(&tv[1], &l[1]);
	}
	return (int)__linux_ret(
	    __lsys2(LNR_utimes, path, tv != NULL ? l : NULL));
}
