/*
 * futimes.c: futimes(2): utimes on an open descriptor.
 */

#include <stddef.h>
#include <sys/stat.h>
#include <sys/time.h>

#include "libc_private.h"

int
futimes(int fd, const struct timeval tv[2])
{
	struct timespec ts[2];

	if (tv == NULL)
		return futimens(fd, NULL);
	if (__tv2ts(tv, ts) < 0)
		return -1;
	return futimens(fd, ts);
}
