/*
 * utimes.c: utimes(2): utimensat with the timevals converted; a
 * tv_usec outside 0..999999 is EINVAL.
 */

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>

#include "sys_private.h"

int
utimes(const char *path, const struct timeval tv[2])
{
	struct timespec ts[2];
	int i;

	if (tv == NULL)
		return utimensat(AT_FDCWD, path, NULL, 0);
	for (i = 0; i < 2; i++) {
		if (tv[i].tv_usec < 0 || tv[i].tv_usec >= 1000000) {
			errno = EINVAL;
			return -1;
		}
		ts[i].tv_sec = tv[i].tv_sec;
		ts[i].tv_nsec = (long)tv[i].tv_usec * 1000;
	}
	return utimensat(AT_FDCWD, path, ts, 0);
}
