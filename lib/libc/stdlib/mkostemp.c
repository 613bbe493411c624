/*
 * mkostemp: mkstemp with extra open flags, any of O_APPEND, O_CLOEXEC,
 * O_DIRECT, O_SHLOCK, O_EXLOCK and O_SYNC; other flags give EINVAL.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>

#include "temp_impl.h"

#define ALLOWED (O_APPEND | O_CLOEXEC | O_DIRECT | O_SHLOCK | O_EXLOCK | O_SYNC)

int
mkostemp(char *path, int flags)
{
	int fd = -1;

	if ((flags & ~ALLOWED) != 0) {
		errno = EINVAL;
		return -1;
	}
	if (__gettemp(path, 0, __TEMP_FILE, flags, &fd) < 0)
		return -1;
	return fd;
}
