/*
 * pipe2.c: pipe2(2) on the host port: only O_CLOEXEC, O_NONBLOCK and
 * O_NOSIGPIPE (ignored here) are accepted.
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "linux.h"

int
pipe2(int *fds, int flags)
{
	int l[2], lf = 0;

	if (flags & ~(O_CLOEXEC | O_NONBLOCK | O_NOSIGPIPE))
		return (int)__linux_fail(EINVAL);
	if (flags & O_CLOEXEC)
		lf |= L_O_CLOEXEC;
	if (flags & O_NONBLOCK)
		lf |= L_O_NONBLOCK;
	if (__linux_ret(__lsys2(LNR_pipe2, l, lf)) < 0)
		return -1;
	fds[0] = l[0];
	fds[1] = l[1];
	return 0;
}
