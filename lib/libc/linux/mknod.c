/*
 * mknod.c: mknod(2) on the host port: the device number is re-encoded.
 */

#include <sys/stat.h>

#include "linux.h"

int
mknod(const char *path, mode_t mode, dev_t dev)
{
	return (int)__linux_ret(
	    __lsys3(LNR_mknod, path, mode, __linux_dev(dev)));
}
