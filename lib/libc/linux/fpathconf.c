/*
 * fpathconf.c: fpathconf(2) on the host port: the descriptor must be open.
 */

#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "linux.h"

long __linux_pathconf(int);

long
fpathconf(int fd, int name)
{
	struct stat st;

	if (fstat(fd, &st) < 0)
		return -1;
	return __linux_pathconf(name);
}
