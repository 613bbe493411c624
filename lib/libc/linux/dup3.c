/*
 * dup3.c: dup3(2) on the host port: only O_CLOEXEC is accepted.
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "linux.h"

int
dup3(int from, int to, int flags)
{
	if (flags & ~(O_CLOEXEC | O_NOSIGPIPE))
		return (int)__linux_fail(EINVAL);
	return (int)__linux_ret(
	    __lsys3(LNR_dup3, from, to, (flags & O_CLOEXEC) ? L_O_CLOEXEC : 0));
}
