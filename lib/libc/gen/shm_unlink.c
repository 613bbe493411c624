/*
 * shm_unlink.c: shm_unlink(3): remove a POSIX shared memory object
 * (see __shm_path.c for where it lives).  EINVAL for a bad name, the
 * errors of unlink(2) otherwise.
 */

#include <sys/mman.h>
#include <sys/param.h>
#include <unistd.h>

#include "libc_private.h"

int
shm_unlink(const char *name)
{
	char path[MAXPATHLEN];

	if (__shm_path(name, path, sizeof(path)) < 0)
		return -1;
	return unlink(path);
}
