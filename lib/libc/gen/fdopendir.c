/*
 * fdopendir.c: fdopendir(3): a directory stream on an open descriptor,
 * which then belongs to the stream.  ENOTDIR if it is not a directory.
 */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "libc_private.h"

DIR *
fdopendir(int fd)
{
	struct stat st;
	DIR *dirp;

	if (fstat(fd, &st) < 0)
		return NULL;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return NULL;
	}
	if ((dirp = calloc(1, sizeof(*dirp))) == NULL)
		return NULL;
	if ((dirp->dd_buf = malloc(_DIR_BUFSIZE)) == NULL) {
		free(dirp);
		return NULL;
	}
	(void)fcntl(fd, F_SETFD, FD_CLOEXEC);
	dirp->dd_fd = fd;
	return dirp;
}
