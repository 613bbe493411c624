/*
 * linkat.c: linkat(2) on the host port.
 */

#include <fcntl.h>
#include <unistd.h>

#include "linux.h"

int
linkat(int fd1, const char *p1, int fd2, const char *p2, int flags)
{
	int lf, e;

	if ((e = __linux_atflags(flags, AT_SYMLINK_FOLLOW, &lf)) != 0)
		return (int)__linux_fail(e);
	return (int)__linux_ret(
	    __lsys6(LNR_linkat, fd1, (long)p1, fd2, (long)p2, lf, 0));
}
