/*
 * pathconf.c: pathconf(2) on the host port: the file must exist.
 */

#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "linux.h"

long __linux_pathconf(int);

long
pathconf(const char *path, int name)
{
	struct stat st;

	if (stat(path, &st) < 0)
		return -1;
	return __linux_pathconf(name);
}
