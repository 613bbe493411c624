/*
 * rewinddir.c: rewinddir(3): go back to the first entry.
 */

#include <dirent.h>
#include <unistd.h>

#include "libc_private.h"

void
rewinddir(DIR *dirp)
{
	if (dirp == NULL)
		return;
	(void)lseek(dirp->dd_fd, 0, SEEK_SET);
	dirp->dd_loc = dirp->dd_len = 0;
	dirp->dd_seek = 0;
	dirp->dd_count = 0;
}
