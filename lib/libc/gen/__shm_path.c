/*
 * __shm_path.c: the file behind a POSIX shared memory object name, for
 * shm_open(3) and shm_unlink(3).  NetBSD keeps them on a tmpfs at
 * _PATH_SHM (/var/shm); when that directory does not exist, /tmp is
 * used instead.  The name must start with '/' and contain no other '/'
 * (EINVAL); ENAMETOOLONG if the path does not fit in len bytes.
 */

#include <errno.h>
#include <paths.h>
#include <string.h>
#include <sys/stat.h>

#include "libc_private.h"

int __shm_path(const char *, char *, size_t);

int
__shm_path(const char *name, char *buf, size_t len)
{
	struct stat st;
	const char *dir = _PATH_SHM;
	int saved = errno;

	if (name == NULL || name[0] != '/' || name[1] == '\0' ||
	    strchr(name + 1, '/') != NULL) {
		errno = EINVAL;
		return -1;
	}
	if (stat(dir, &st) < 0 || !S_ISDIR(st.st_mode))
		dir = "/tmp";
	errno = saved;
	if (strlcpy(buf, dir, len) >= len || strlcat(buf, name, len) >= len) {
		errno = ENAMETOOLONG;
		return -1;
	}
	return 0;
}
