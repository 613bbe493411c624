/*
 * symlinkat.c: symlinkat(2) on the host port: make a symbolic link relative to
 * a directory (AT_FDCWD agrees).
 */

#include <unistd.h>

#include "linux.h"

int
symlinkat(const char *target, int fd, const char *path)
{
	return (int)__linux_ret(__lsys3(LNR_symlinkat, target, fd, path));
}
