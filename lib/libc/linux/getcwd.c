/*
 * getcwd.c: getcwd(3) on the host port.  With buf NULL and size 0 the
 * buffer is allocated (as NetBSD does); size 0 with a buffer is EINVAL.
 */

#include <errno.h>
#include <stdlib.h>
#include <sys/param.h>
#include <unistd.h>

#include "linux.h"

char *
getcwd(char *buf, size_t size)
{
	char *b = buf;

	if (buf == NULL) {
		if (size == 0)
			size = MAXPATHLEN;
		if ((b = malloc(size)) == NULL)
			return NULL;
	} else if (size == 0) {
		errno = EINVAL;
		return NULL;
	}
	if (__linux_ret(__lsys2(LNR_getcwd, b, size)) < 0) {
		if (buf == NULL)
			free(b);
		return NULL;
	}
	return b;
}
