/*
 * chmod.c: chmod(2) on the host port: change a file's mode.
 */

#include <sys/stat.h>

#include "linux.h"

int
chmod(const char *path, mode_t mode)
{
	return (int)__linux_ret(__lsys2(LNR_chmod, path, mode));
}
