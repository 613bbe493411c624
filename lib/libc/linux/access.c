/*
 * access.c: access(2) on the host port (the mode bits agree).
 */

#include <errno.h>
#include <unistd.h>

#include "linux.h"

int
access(const char *path, int mode)
{
	if (mode & ~(F_OK | R_OK | W_OK | X_OK))
		return (int)__linux_fail(EINVAL);
	return (int)__linux_ret(__lsys2(LNR_access, path, mode));
}
