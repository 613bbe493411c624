/*
 * fstatat.c: fstatat(2) on the host port.
 */

#include <fcntl.h>
#include <sys/stat.h>

#include "linux.h"

int
fstatat(int fd, const char *path, struct stat *st, int flags)
{
	struct l_stat l;
	int lf, e;

	if ((e = __linux_atflags(flags, AT_SYMLINK_NOFOLLOW, &lf)) != 0)
		return (int)__linux_fail(e);
	if (__linux_ret(__lsys4(LNR_newfstatat, fd, path, &l, lf)) < 0)
		return -1;
	__linux_stat_back(&l, st);
	return 0;
}
