/*
 * mkdir.c: mkdir(2) on the host port: make a directory.
 */

#include <sys/stat.h>

#include "linux.h"

int
mkdir(const char *path, mode_t mode)
{
	return (int)__linux_ret(__lsys2(LNR_mkdir, path, mode));
}
