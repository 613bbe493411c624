/*
 * symlink.c: symlink(2) on the host port: make a symbolic link.
 */

#include <unistd.h>

#include "linux.h"

int
symlink(const char *target, const char *path)
{
	return (int)__linux_ret(__lsys2(LNR_symlink, target, path));
}
