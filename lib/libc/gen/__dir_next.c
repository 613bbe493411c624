/*
 * __dir_next.c: the reader behind readdir(3) and readdir_r(3): return the
 * next entry of a directory stream, refilling its buffer with getdents(2)
 * when empty.  NULL at the end (errno untouched) or on error (errno set).
 */

#include <dirent.h>
#include <unistd.h>

#include "libc_private.h"

struct dirent *__dir_next(DIR *);

struct dirent *
__dir_next(DIR *dirp)
{
	struct dirent *d;

	for (;;) {
		if (dirp->dd_loc >= dirp->dd_len) {
			dirp->dd_seek = lseek(dirp->dd_fd, 0, SEEK_CUR);
			dirp->dd_len =
			    getdents(dirp->dd_fd, dirp->dd_buf, _DIR_BUFSIZE);
			dirp->dd_loc = 0;
			dirp->dd_count = 0;
			if (dirp->dd_len <= 0) {
				dirp->dd_len = 0;
				return NULL;
			}
		}
		d = (struct dirent *)(void *)(dirp->dd_buf + dirp->dd_loc);
		if (d->d_reclen == 0 ||
		    d->d_reclen > dirp->dd_len - dirp->dd_loc) {
			dirp->dd_len = 0; /* corrupt: stop */
			return NULL;
		}
		dirp->dd_loc += d->d_reclen;
		dirp->dd_count++;
		if (d->d_fileno != 0)
			return d;
	}
}
