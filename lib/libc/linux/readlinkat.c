/*
 * readlinkat.c: readlinkat(2) on the host port: read a symbolic link relative
 * to a directory.
 */

#include <unistd.h>

#include "linux.h"

ssize_t
readlinkat(
    int fd, const char *__restrict path, char *__restrict buf, size_t size)
{
	return (ssize_t)__linux_ret(
	    __lsys4(LNR_readlinkat, fd, path, buf, size));
}
