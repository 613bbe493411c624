/*
 * fpathconf.c: fpathconf(2): VFS_FPATHCONF (name in cmd).
 */

#include <unistd.h>

#include "sys_private.h"

long
fpathconf(int fd, int name)
{
	return __vfs_fd(VFS_FPATHCONF, fd, name, 0, 0, 0, 0);
}
