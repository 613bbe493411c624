/*
 * dirfd.c: dirfd(3): the descriptor under a directory stream.
 */

#include <stddef.h>
#include <dirent.h>
#include <errno.h>

#include "libc_private.h"

int
dirfd(DIR *dirp)
{
	if (dirp == NULL) {
		errno = EINVAL;
		return -1;
	}
	return dirp->dd_fd;
}
