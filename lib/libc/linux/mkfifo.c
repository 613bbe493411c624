/*
 * mkfifo.c: mkfifo(2) on the host port, through mknod.
 */

#include <errno.h>
#include <sys/stat.h>

#include "linux.h"

int
mkfifo(const char *path, mode_t mode)
{
	if (mode & ~ALLPERMS)
		return (int)__linux_fail(EINVAL);
	return (int)__linux_ret(__lsys3(LNR_mknod, path, S_IFIFO | mode, 0));
}
