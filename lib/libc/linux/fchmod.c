/*
 * fchmod.c: fchmod(2) on the host port: change an open file's mode.
 */

#include <sys/stat.h>

#include "linux.h"

int
fchmod(int fd, mode_t mode)
{
	return (int)__linux_ret(__lsys2(LNR_fchmod, fd, mode));
}
