/*
 * fileno: the descriptor under a stream; EBADF if it has none.
 */
#include <errno.h>

#include "stdio_impl.h"

int
fileno(FILE *f)
{
	if (f == NULL) {
		errno = EBADF;
		return -1;
	}
	if (f->fd < 0) {
		errno = EBADF;
		return -1;
	}
	return f->fd;
}
