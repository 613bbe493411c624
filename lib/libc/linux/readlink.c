/*
 * readlink.c: readlink(2) on the host port: read a symbolic link.
 */

#include <unistd.h>

#include "linux.h"

ssize_t
readlink(const char *__restrict path, char *__restrict buf, size_t size)
{
	return (ssize_t)__linux_ret(__lsys3(LNR_readlink, path, buf, size));
}
