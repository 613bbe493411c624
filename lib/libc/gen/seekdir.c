/*
 * seekdir.c: seekdir(3): return to a position telldir(3) reported:
 * reread the buffer at the recorded file offset and skip the recorded
 * number of records.  Unknown cookies are ignored.
 */

#include <dirent.h>
#include <unistd.h>

#include "libc_private.h"

void
seekdir(DIR *dirp, long loc)
{
	struct dirent *d;
	long i;

	if (dirp == NULL || loc < 0 || loc >= dirp->dd_npos)
		return;
	dirp->dd_seek = lseek(dirp->dd_fd, dirp->dd_pos[loc].dp_seek, SEEK_SET);
	dirp->dd_loc = dirp->dd_len = 0;
	dirp->dd_count = 0;
	if (dirp->dd_pos[loc].dp_count == 0)
		return;
	dirp->dd_len = getdents(dirp->dd_fd, dirp->dd_buf, _DIR_BUFSIZE);
	if (dirp->dd_len < 0)
		dirp->dd_len = 0;
	for (i = 0;
	     i < dirp->dd_pos[loc].dp_count && dirp->dd_loc < dirp->dd_len;
	     i++) {
		d = (struct dirent *)(void *)(dirp->dd_buf + dirp->dd_loc);
		if (d->d_reclen == 0)
			break;
		dirp->dd_loc += d->d_reclen;
		dirp->dd_count++;
	}
}
