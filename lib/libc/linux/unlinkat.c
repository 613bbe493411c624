/*
 * unlinkat.c: unlinkat(2) on the host port.
 */

#include <fcntl.h>
#include <unistd.h>

#include "linux.h"

int
unlinkat(int fd, const char *path, int flags)
{
	int lf, e;

	if ((e = __linux_atflags(flags, AT_REMOVEDIR, &lf)) != 0)
		return (int)__linux_fail(e);
	return (int)__linux_ret(__lsys3(LNR_unlinkat, fd, path, lf));
}
