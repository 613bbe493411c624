/*
 * fpurge: discard a stream's buffered input and output.
 */
#include <errno.h>
#include "stdio_impl.h"

int
fpurge(FILE *f)
{
	if (f == NULL) {
		errno = EBADF;
		return EOF;
	}
	f->rpos = f->rend = NULL;
	if (f->flags & F_WRITING)
		f->wpos = f->buf;
	f->flags &= ~F_READING;
	return 0;
}
