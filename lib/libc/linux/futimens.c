/*
 * futimens.c: futimens(2) on the host port: utimensat with no path.
 */

#include <sys/stat.h>

#include "linux.h"

int
futimens(int fd, const struct timespec *ts)
{
	return (int)__linux_ret(__lsys4(LNR_utimensat, fd, 0, ts, 0));
}
