/*
 * closedir.c: closedir(3): close a directory stream and its descriptor.
 */

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "libc_private.h"

int
closedir(DIR *dirp)
{
	int fd;

	if (dirp == NULL) {
		errno = EBADF;
		return -1;
	}
	fd = dirp->dd_fd;
	free(dirp->dd_buf);
	free(dirp->dd_pos);
	free(dirp);
	return close(fd);
}
