/*
 * telldir.c: telldir(3): a cookie for the current position of a stream.
 * The cookie indexes a table of (buffer file offset, entry index) pairs
 * kept in the stream; seekdir(3) replays it.  -1 with ENOMEM if the
 * table cannot grow.
 */

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "libc_private.h"

long
telldir(DIR *dirp)
{
	struct _dirpos *p;
	off_t seek = dirp->dd_seek;
	long count = dirp->dd_count, i;

	if (dirp->dd_loc >= dirp->dd_len) {
		/* Buffer used up: the position is the start of the next. */
		seek = lseek(dirp->dd_fd, 0, SEEK_CUR);
		count = 0;
	}
	for (i = 0; i < dirp->dd_npos; i++)
		if (dirp->dd_pos[i].dp_seek == seek &&
		    dirp->dd_pos[i].dp_count == count)
			return i;
	p = realloc(dirp->dd_pos, (size_t)(i + 1) * sizeof(*p));
	if (p == NULL) {
		errno = ENOMEM;
		return -1;
	}
	dirp->dd_pos = p;
	p[i].dp_seek = seek;
	p[i].dp_count = count;
	dirp->dd_npos = i + 1;
	return i;
}
