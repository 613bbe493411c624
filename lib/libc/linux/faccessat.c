/*
 * faccessat.c: faccessat(2) on the host port.
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "linux.h"

int
faccessat(int fd, const char *path, int mode, int flags)
{
	int lf, e;

	if (mode & ~(F_OK | R_OK | W_OK | X_OK))
		return (int)__linux_fail(EINVAL);
	if ((e = __linux_atflags(
		 flags, AT_EACCESS | AT_SYMLINK_NOFOLLOW, &lf)) != 0)
		return (int)__linux_fail(e);
	if (lf == 0)
		return (int)__linux_ret(__lsys3(LNR_faccessat, fd, path, mode));
	/* The flags need faccessat2 (439); try it, fall back to none. */
	{
		long r = __lsys4(439, fd, path, mode, lf);

		if (r != -38)
			return (int)__linux_ret(r);
	}
	return (int)__linux_ret(__lsys3(LNR_faccessat, fd, path, mode));
}
