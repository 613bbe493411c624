/*
 * linux_pathconf.c: the values pathconf(2) and fpathconf(2) report on the
 * host port (Linux has no such call; these are Linux's limits).
 */

#include <errno.h>
#include <limits.h>
#include <unistd.h>

#include "linux.h"

long __linux_pathconf(int);

long
__linux_pathconf(int name)
{
	switch (name) {
	case _PC_LINK_MAX:
		return LINK_MAX;
	case _PC_MAX_CANON:
		return MAX_CANON;
	case _PC_MAX_INPUT:
		return MAX_INPUT;
	case _PC_NAME_MAX:
		return 255;
	case _PC_PATH_MAX:
		return PATH_MAX;
	case _PC_PIPE_BUF:
		return 4096;
	case _PC_CHOWN_RESTRICTED:
	case _PC_NO_TRUNC:
	case _PC_2_SYMLINKS:
		return 1;
	case _PC_VDISABLE:
		return 0xff;
	case _PC_SYNC_IO:
		return -1;
	case _PC_FILESIZEBITS:
		return 64;
	case _PC_SYMLINK_MAX:
		return 4095;
	case _PC_ACL_EXTENDED:
	case _PC_MIN_HOLE_SIZE:
		return 0;
	default:
		errno = EINVAL;
		return -1;
	}
}
