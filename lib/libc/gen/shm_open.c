/*
 * shm_open.c: shm_open(3): open a POSIX shared memory object, a file
 * under _PATH_SHM (see __shm_path.c) opened with O_NOFOLLOW and
 * O_CLOEXEC.  EINVAL for a bad name, for O_WRONLY or for flags other
 * than O_RDONLY, O_RDWR, O_CREAT, O_EXCL and O_TRUNC.
 */

#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/param.h>

#include "libc_private.h"

int
shm_open(const char *name, int oflag, mode_t mode)
{
	char path[MAXPATHLEN];

	if ((oflag & O_ACCMODE) == O_WRONLY ||
	    (oflag & ~(O_ACCMODE | O_CREAT | O_EXCL | O_TRUNC)) != 0) {
		errno = EINVAL;
		return -1;
	}
	if (__shm_path(name, path, sizeof(path)) < 0)
		return -1;
	return open(path, oflag | O_NOFOLLOW | O_CLOEXEC, mode);
}
