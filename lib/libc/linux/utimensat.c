/*
 * utimensat.c: utimensat(2) on the host port (UTIME_NOW/UTIME_OMIT and
 * struct timespec agree with Linux).
 */

#include <fcntl.h>
#include <sys/stat.h>

#include "linux.h"

int
utimensat(int fd, const char *path, const struct timespec *ts, int flags)
{
	int lf, e;

	if ((e = __linux_atflags(flags, AT_SYMLINK_NOFOLLOW, &lf)) != 0)
		return (int)__linux_fail(e);
	return (int)__linux_ret(__lsys4(LNR_utimensat, fd, path, ts, lf));
}
