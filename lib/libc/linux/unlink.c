/*
 * unlink.c: unlink(2) on the host port: remove a directory entry.
 */

#include <unistd.h>

#include "linux.h"

int
unlink(const char *path)
{
	return (int)__linux_ret(__lsys1(LNR_unlink, path));
}
