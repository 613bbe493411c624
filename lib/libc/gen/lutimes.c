/*
 * lutimes.c: lutimes(2): utimes on a symbolic link itself.
 */

#include <fcntl.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/time.h>

#include "libc_private.h"

int
lutimes(const char *path, const struct timeval tv[2])
{
	struct timespec ts[2];

	if (tv == NULL)
		return utimensat(AT_FDCWD, path, NULL, AT_SYMLINK_NOFOLLOW);
	if (__tv2ts(tv, ts) < 0)
		return -1;
	return utimensat(AT_FDCWD, path, ts, AT_SYMLINK_NOFOLLOW);
}
