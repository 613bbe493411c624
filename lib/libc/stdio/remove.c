/*
 * remove: delete a file, or an empty directory.
 */
#include <errno.h>
#include <unistd.h>

#include "stdio_impl.h"

int
remove(const char *path)
{
	int saved;

	if (unlink(path) == 0)
		return 0;
	if (errno != EISDIR && errno != EPERM)
		return -1;
	saved = errno;
	if (rmdir(path) == 0)
		return 0;
	if (errno == ENOTDIR)
		errno = saved;
	return -1;
}
