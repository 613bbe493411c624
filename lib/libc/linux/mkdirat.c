/*
 * mkdirat.c: mkdirat(2) on the host port: make a directory relative to a
 * directory.
 */

#include <sys/stat.h>

#include "linux.h"

int
mkdirat(int fd, const char *path, mode_t mode)
{
	return (int)__linux_ret(__lsys3(LNR_mkdirat, fd, path, mode));
}
