/*
 * getcwd.c: getcwd(3): VFS_GETCWD into buf; with buf NULL a buffer is
 * allocated.
 */

#include <errno.h>
#include <stdlib.h>
#include <sys/param.h>
#include <unistd.h>

#include "sys_private.h"

char *
getcwd(char *buf, size_t size)
{
	char *b = buf;
	int r;

	if (buf == NULL) {
		if (size == 0)
			size = MAXPATHLEN;
		if ((b = malloc(size)) == NULL)
			return NULL;
	} else if (size == 0) {
		errno = EINVAL;
		return NULL;
	}
	r = __vfs_fd(VFS_GETCWD, -1, 0, (uint64_t)(uintptr_t)b, size, 0, 0);
	if (r < 0) {
		if (buf == NULL)
			free(b);
		return NULL;
	}
	return b;
}
