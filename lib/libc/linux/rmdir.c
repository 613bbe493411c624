/*
 * rmdir.c: rmdir(2) on the host port: remove a directory.
 */

#include <unistd.h>

#include "linux.h"

int
rmdir(const char *path)
{
	return (int)__linux_ret(__lsys1(LNR_rmdir, path));
}
