/*
 * fchownat.c: fchownat(2) on the host port.
 */

#include <fcntl.h>
#include <unistd.h>

#include "linux.h"

#define LNR_fchownat 260

int
fchownat(int fd, const char *path, uid_t uid, gid_t gid, int flags)
{
	int lf, e;

	if ((e = __linux_atflags(flags, AT_SYMLINK_NOFOLLOW, &lf)) != 0)
		return (int)__linux_fail(e);
	return (int)__linux_ret(
	    __lsys6(LNR_fchownat, fd, (long)path, (long)uid, (long)gid, lf, 0));
}
