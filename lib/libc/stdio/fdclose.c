/*
 * fdclose: close a stream but keep its descriptor open, storing it in
 * *fdp (NetBSD).  Pending output is written first.  A stream without a
 * descriptor (memory, funopen) is closed anyway and gives EOF with
 * errno EOPNOTSUPP and *fdp = -1.
 */
#include <errno.h>

#include "stdio_impl.h"

int
fdclose(FILE *f, int *fdp)
{
	int r = 0, fd = f->fd;

	if (f == NULL) {
		errno = EBADF;
		return EOF;
	}
	if (__sflush(f) != 0)
		r = EOF;
	if (f->io_close != __sfd_close || fd < 0) {
		if (f->io_close != NULL)
			(void)f->io_close(f);
		fd = -1;
		errno = EOPNOTSUPP;
		r = EOF;
	}
	if (fdp != NULL)
		*fdp = fd;
	__sfree(f);
	return r;
}
