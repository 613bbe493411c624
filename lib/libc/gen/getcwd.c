/*
 * getcwd.c: getcwd(3): the working directory's path into buf.  With buf
 * NULL a buffer of size bytes (MAXPATHLEN if size is 0) is allocated, as
 * NetBSD does; size 0 with a buffer is EINVAL.  The system-call layer's
 * __getcwd fills the buffer.
 */

#include <errno.h>
#include <stdlib.h>
#include <sys/param.h>
#include <unistd.h>

#include "libc_private.h"

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
	if (__getcwd(b, size) < 0) {
		if (buf == NULL)
			free(b);
		return NULL;
	}
	return b;
}
