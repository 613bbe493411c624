/*
 * utimes.c: utimes(2): utimensat with the timevals converted; a
 * tv_usec outside 0..999999 is EINVAL.
 */

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>

#include "libc_private.h"
#include "sys_private.h"

int
utimes(const char *path, const struct timeval tv[2])
{
	struct timespec ts[2];

	if (tv == NULL)
		return utimensat(AT_FDCWD, path, NULL, 0);
	if (__tv2ts(tv, ts) < 0)
		return -1;
	return utimensat(AT_FDCWD, path, ts, 0);
}
