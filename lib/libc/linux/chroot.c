/*
 * chroot.c: chroot(2) on the host port: change the root directory.
 */

#include <unistd.h>

#include "linux.h"

int
chroot(const char *path)
{
	return (int)__linux_ret(__lsys1(LNR_chroot, path));
}
