/*
 * fclose: flush and close a stream and free it.  Unread input is given
 * back to a seekable descriptor (its offset moves to the stream's
 * position).  Returns EOF if the flush or the close failed; the stream is
 * gone either way.
 */
#include <errno.h>

#include "stdio_impl.h"

int
fclose(FILE *f)
{
	int r = 0;

	if (f == NULL || !(f->flags & F_USED)) {
		errno = EBADF;
		return EOF;
	}
	if (__sflush(f) != 0)
		r = EOF;
	/* POSIX: leave a shared descriptor at the stream's position */
	(void)__sdiscard(f);
	if (f->io_close != NULL && f->io_close(f) != 0)
		r = EOF;
	__sfree(f);
	return r;
}
