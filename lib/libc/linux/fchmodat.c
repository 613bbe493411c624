/*
 * fchmodat.c: fchmodat(2) on the host port (Linux's call has no flags:
 * AT_SYMLINK_NOFOLLOW is refused with EOPNOTSUPP, as for symlinks).
 */

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "linux.h"

int
fchmodat(int fd, const char *path, mode_t mode, int flags)
{
	if (flags & ~AT_SYMLINK_NOFOLLOW)
		return (int)__linux_fail(EINVAL);
	if (flags)
		return (int)__linux_fail(EOPNOTSUPP);
	return (int)__linux_ret(__lsys3(LNR_fchmodat, fd, path, mode));
}
