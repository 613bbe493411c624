/*
 * chdir.c: chdir(2) on the host port: change the working directory.
 */

#include <unistd.h>

#include "linux.h"

int
chdir(const char *path)
{
	return (int)__linux_ret(__lsys1(LNR_chdir, path));
}
